package io.github.personagym.persona;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Objects;

/**
 * One thing wrong with a persona file.
 *
 * @param file    the file as the user knows it: a path, or {@code classpath:<resource>}
 * @param line    1-based line; 1 when the problem concerns the whole file
 * @param column  1-based column; 0 when no column is meaningful (the whole file, a byte offset)
 * @param field   the field concerned as a dotted path such as {@code thresholds.tasks.Linguistic Habits}
 *                or {@code environments[2]}; empty when the problem is not about one field
 * @param message what is wrong, as a sentence
 * @param hint    what is allowed or how to fix it, as a sentence; empty when the message says it all
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PersonaProblem(String file, int line, int column, String field, String message, String hint) {

    public PersonaProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
    }

    /**
     * The problem as one line, compiler style:
     * {@code personas/captain.yaml:7:3: field 'speking-style': unknown key. Did you mean 'speaking-style'?}
     */
    public String describe() {
        var text = new StringBuilder(file).append(':').append(line);
        if (column > 0) {
            text.append(':').append(column);
        }
        text.append(": ");
        if (!field.isEmpty()) {
            text.append("field '").append(field).append("': ");
        }
        text.append(message);
        if (!hint.isEmpty()) {
            text.append(' ').append(hint);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
