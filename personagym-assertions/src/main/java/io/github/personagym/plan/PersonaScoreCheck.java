package io.github.personagym.plan;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.github.personagym.assertions.ScoreBounds;
import io.github.personagym.score.PersonaScore;
import io.github.personagym.score.ScoreText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * "{@code PersonaScore ≥ min}", or, without a threshold, "{@code PersonaScore}": that there is a score. Fails with
 * the assertion's message and the worst answers of all tasks.
 */
@API(status = INTERNAL, since = "0.1")
public record PersonaScoreCheck(OptionalDouble min) implements Check {

    /** Said under a missing score: where unscored questions come from, and that they never count as 0. */
    static final String UNSCORED = "\nUnscored questions are agent errors, model errors or unparseable verdicts (see "
            + "the failed question tests); no score is ever read as 0.";

    @Override
    public CheckOutcome evaluate(CheckInput input) {
        PersonaScore score = input.score();
        if (score.tasks().isEmpty() && !input.metrics().isEmpty()) {
            return min.isEmpty() ? CheckOutcome.passed(Map.of("PersonaScore", "none: no rubric task"))
                    : CheckOutcome.failed("<" + input.personaId() + "> has a PersonaScore threshold of "
                    + ScoreText.bound(min.getAsDouble()) + " but no rubric task: the PersonaScore is the mean of the"
                    + " rubric tasks, and its tasks (" + String.join(", ", input.metrics().stream()
                    .map(m -> m.task()).toList()) + ") are scored without a judge, each on its own scale. Give them"
                    + " task thresholds instead, or add a rubric task.");
        }
        Map<String, String> entries = score.value().isPresent()
                ? Map.of("PersonaScore", ScoreText.against(score.value().getAsDouble(), min.orElse(Double.NaN))) : Map.of();
        Optional<String> missed = min.isPresent()
                ? ScoreBounds.atLeast(score, input.personaId(), min.getAsDouble())
                : ScoreBounds.hasScore(score, input.personaId());
        if (missed.isEmpty()) {
            return CheckOutcome.passed(entries);
        }
        if (score.value().isEmpty()) {
            return CheckOutcome.failed(missed.get() + UNSCORED, entries);
        }
        return CheckOutcome.failed(missed.get() + WorstAnswers.of(input.answers(), List.copyOf(score.tasks().keySet())),
                entries).missing("\u2265 " + ScoreText.bound(min.getAsDouble()), score.value().getAsDouble());
    }
}
