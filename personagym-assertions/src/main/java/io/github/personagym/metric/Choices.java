package io.github.personagym.metric;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.TaskKind;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A multiple-choice question's options, labelled A, B, C … in order, and the label of the right one.
 *
 * @param options the options' texts, two to {@value #MOST}
 * @param answer  the index of the right option in {@code options}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Choices(List<String> options, int answer) implements AnswerKey {

    /** The most options a question may have: one per letter label. */
    public static final int MOST = 26;

    public Choices {
        options = List.copyOf(options);
        if (options.size() < 2 || options.size() > MOST) {
            throw new IllegalArgumentException("A multiple-choice question has 2 to " + MOST + " options, got "
                    + options.size());
        }
        Set<String> seen = new HashSet<>();
        for (String option : options) {
            Objects.requireNonNull(option, "option");
            if (option.isBlank() || !seen.add(option.strip().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Options must be non-blank and distinct, got " + options);
            }
        }
        if (answer < 0 || answer >= options.size()) {
            throw new IllegalArgumentException("The answer must be one of the " + options.size() + " options");
        }
    }

    /** The label of option {@code index}: {@code A} for 0. */
    public static String label(int index) {
        return String.valueOf((char) ('A' + index));
    }

    /** The index of a label ({@code B} or {@code b}), or -1 when it labels none of these options. */
    public int indexOf(String label) {
        String wanted = label.strip();
        if (wanted.length() != 1) {
            return -1;
        }
        int index = Character.toUpperCase(wanted.charAt(0)) - 'A';
        return index >= 0 && index < options.size() ? index : -1;
    }

    /** The labels in use, {@code A} to the last. */
    public List<String> labels() {
        return java.util.stream.IntStream.range(0, options.size()).mapToObj(Choices::label).toList();
    }

    /** The right option's label. */
    public String answerLabel() {
        return label(answer);
    }

    /** An option as messages show it: {@code B (Barometer)}. */
    public String describe(int index) {
        return label(index) + " (" + options.get(index) + ")";
    }

    @Override
    public TaskKind kind() {
        return TaskKind.CHOICE;
    }

    /** The question, then one line per option ({@code B) Barometer}), then how to reply. */
    @Override
    public String prompt(String question) {
        var text = new StringBuilder(question.strip()).append("\n\n");
        for (int i = 0; i < options.size(); i++) {
            text.append(label(i)).append(") ").append(options.get(i).strip()).append('\n');
        }
        return text.append("\nReply with the letter of one option.").toString();
    }
}
