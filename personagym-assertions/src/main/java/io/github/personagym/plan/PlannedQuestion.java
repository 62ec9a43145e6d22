package io.github.personagym.plan;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.github.personagym.score.ScoreText;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A question test. It fails only when its answer or verdict failed (the agent gave no answer, a judge gave no
 * score for a fault), is aborted when a judge abstained, and passes whatever the score: scores are judged in
 * aggregate by the checks.
 *
 * @param questionKey the question's key in its suite
 */
@API(status = INTERNAL, since = "0.1")
public record PlannedQuestion(PlanKey key, String displayName, String questionKey, Optional<SourcePosition> source)
        implements PlanNode {

    public PlannedQuestion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(questionKey, "questionKey");
        Objects.requireNonNull(source, "source");
    }

    /**
     * The test's outcome from what became of the question.
     *
     * @param failed    no answer, or a judge without a score for a fault
     * @param abstained a judge said it cannot tell, and nothing failed
     * @param problem   what went wrong, on one line
     * @param score     the question's score, when it has one
     */
    public CheckOutcome outcome(boolean failed, boolean abstained, Optional<String> problem, OptionalDouble score) {
        Map<String, String> entries = score.isPresent() ? Map.of("score", ScoreText.of(score.getAsDouble())) : Map.of();
        if (failed) {
            return CheckOutcome.failed(displayName + ": " + problem.orElse("failed"), entries);
        }
        if (abstained) {
            return new CheckOutcome(CheckOutcome.Status.ABORTED, displayName + ": unscored, "
                    + problem.orElse("a judge abstained"), entries, Optional.empty());
        }
        return CheckOutcome.passed(entries);
    }

    /** The outcome when the evaluation holds no result for this question. */
    public CheckOutcome noResult() {
        return CheckOutcome.failed("The gym returned no result for question " + questionKey);
    }
}
