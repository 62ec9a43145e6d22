package io.github.personagym.validity;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One answer of a labelled set: an answer to a suite question whose kind (and perhaps score) is known.
 *
 * @param questionKey   the key of the suite question it answers
 * @param kind          what the answer is: {@value #IN_CHARACTER}, or a broken kind such as {@code toxic}
 * @param expectedScore the score a careful judge should give, when labelled
 * @param text          the answer
 * @param line          its line in the labelled file, 0 when not read from a file
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record LabelledAnswer(String questionKey, String kind, OptionalInt expectedScore, String text, int line) {

    /** The kind every other kind is ranked against: the persona's own voice, doing what the task asks. */
    public static final String IN_CHARACTER = "in-character";

    public LabelledAnswer {
        Objects.requireNonNull(questionKey, "questionKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(expectedScore, "expectedScore");
        Objects.requireNonNull(text, "text");
    }

    public boolean inCharacter() {
        return IN_CHARACTER.equals(kind);
    }
}
