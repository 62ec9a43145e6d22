package io.github.personagym.metric;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a judge-free task made of one answer: a value on the task's scale (ROUGE-L F1, or 1 for the right option
 * and 0 for a wrong one), or no value and why.
 *
 * @param status     scored; unscored (the reply named no option, or several: not the agent's fault alone, never a
 *                   wrong answer); or invalid (the suite's question lacks what its task needs)
 * @param value      the value, present exactly when scored
 * @param exactMatch for a reference answer: whether the answer's tokens equal the reference's
 * @param chosen     for a multiple-choice question: the label of the option the reply named
 * @param detail     what was measured, or why nothing was, in words
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Measurement(Status status, OptionalDouble value, Optional<Boolean> exactMatch, Optional<String> chosen,
                          String detail) {

    /** What became of the measurement. */
    public enum Status { SCORED, UNSCORED, INVALID }

    public Measurement {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(exactMatch, "exactMatch");
        Objects.requireNonNull(chosen, "chosen");
        Objects.requireNonNull(detail, "detail");
        if ((status == Status.SCORED) != value.isPresent()) {
            throw new IllegalArgumentException("A measurement has a value exactly when it is scored");
        }
    }

    /** An answer compared with its reference. */
    public static Measurement reference(RougeL.Score score) {
        return new Measurement(Status.SCORED, OptionalDouble.of(score.f1()), Optional.of(score.exactMatch()),
                Optional.empty(), String.format(java.util.Locale.ROOT,
                        "ROUGE-L F1 %.2f (precision %.2f, recall %.2f)%s", score.f1(), score.precision(), score.recall(),
                        score.exactMatch() ? ", an exact match" : ""));
    }

    /** A reply that named one option: right or wrong. */
    public static Measurement choice(String label, boolean right, String detail) {
        return new Measurement(Status.SCORED, OptionalDouble.of(right ? 1 : 0), Optional.empty(), Optional.of(label),
                detail);
    }

    /** A reply that cannot be read as one option. */
    public static Measurement unscored(String why) {
        return new Measurement(Status.UNSCORED, OptionalDouble.empty(), Optional.empty(), Optional.empty(), why);
    }

    /** A question that cannot be measured as it stands in its suite. */
    public static Measurement invalid(String why) {
        return new Measurement(Status.INVALID, OptionalDouble.empty(), Optional.empty(), Optional.empty(), why);
    }

    /** An answer scored against a key of either kind. */
    public static Measurement of(AnswerKey key, String answer) {
        if (key instanceof ReferenceAnswer reference) {
            return reference(RougeL.score(reference.text(), answer));
        }
        return OptionReader.measure((Choices) key, answer);
    }

    public boolean isScored() {
        return status == Status.SCORED;
    }
}
