package io.github.personagym.plan;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.util.Objects;

/**
 * Where a node of the plan is written: a persona file or a suite file, and a line in it.
 *
 * @param source a file path, or {@code classpath:<resource>} for a classpath resource (as {@code Persona.source()})
 * @param line   the line, from 1
 */
@API(status = INTERNAL, since = "0.1")
public record SourcePosition(String source, int line) {

    public SourcePosition {
        Objects.requireNonNull(source, "source");
        if (line < 1) {
            throw new IllegalArgumentException("A line counts from 1, got " + line);
        }
    }
}
