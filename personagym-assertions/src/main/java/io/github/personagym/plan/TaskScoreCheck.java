package io.github.personagym.plan;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.github.personagym.assertions.ScoreBounds;
import io.github.personagym.score.ScoreText;
import io.github.personagym.score.TaskScore;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * "{@code <task> score ≥ min}": fails with the assertion's message and the task's worst answers. For a judge-free task
 * the threshold is on the task's own scale (accuracy or ROUGE-L F1, 0 to 1), and so is the message.
 */
@API(status = INTERNAL, since = "0.1")
public record TaskScoreCheck(String task, double min) implements Check {

    public TaskScoreCheck {
        Objects.requireNonNull(task, "task");
    }

    @Override
    public CheckOutcome evaluate(CheckInput input) {
        Optional<io.github.personagym.score.MetricScore> metric = input.metric(task);
        if (metric.isPresent()) {
            return MetricCheck.evaluate(metric.get(), input.personaId(), min, input.measured());
        }
        Optional<String> offScale = MetricCheck.outOfRubricScale(task, min);
        if (offScale.isPresent()) {
            return CheckOutcome.failed(offScale.get());
        }
        Optional<TaskScore> scored = ScoreBounds.task(input.score(), task);
        Map<String, String> entries = scored.flatMap(t -> t.score().isPresent()
                ? Optional.of(Map.of(t.task(), ScoreText.against(t.score().getAsDouble(), min))) : Optional.empty())
                .orElse(Map.of());
        Optional<String> missed = ScoreBounds.taskAtLeast(input.score(), input.personaId(), task, min);
        if (missed.isEmpty()) {
            return CheckOutcome.passed(entries);
        }
        if (scored.isEmpty() || scored.get().score().isEmpty()) {
            return CheckOutcome.failed(missed.get() + PersonaScoreCheck.UNSCORED, entries);
        }
        return CheckOutcome.failed(missed.get() + WorstAnswers.of(input.answers(), List.of(scored.get().task())),
                entries).missing("\u2265 " + ScoreText.bound(min), scored.get().score().getAsDouble());
    }
}
