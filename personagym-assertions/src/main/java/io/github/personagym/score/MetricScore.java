package io.github.personagym.score;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.TaskKind;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The score of a judge-free task, on its own scale (0 to 1): the mean ROUGE-L F1 of a reference task, with a
 * bootstrap 95% interval and the share of exact matches; the accuracy of a multiple-choice task, with a 95% Wilson
 * score interval. It never enters the PersonaScore. With no scored question there is no score, never a zero.
 *
 * @param task       the task's name
 * @param kind       the task's kind, which says what {@code value} is
 * @param value      mean ROUGE-L F1, or the share of right options among the scored questions
 * @param ci         its 95% interval (none for a reference task of a single scored question)
 * @param scored     questions with a value
 * @param unscored   questions without one: no answer from the agent, a reply that named no option or several, a
 *                   question that lacks its reference or options
 * @param exactMatch for a reference task: the share of scored answers whose tokens equal the reference's
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MetricScore(String task, TaskKind kind, OptionalDouble value, Optional<ConfidenceInterval> ci, int scored,
                          int unscored, OptionalDouble exactMatch) {

    public MetricScore {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(ci, "ci");
        Objects.requireNonNull(exactMatch, "exactMatch");
        if (!kind.judgeFree()) {
            throw new IllegalArgumentException("Task '" + task + "' is a rubric task: its score is a TaskScore");
        }
        if (scored < 0 || unscored < 0 || value.isPresent() != (scored > 0)) {
            throw new IllegalArgumentException("Task '" + task + "' has a value exactly when a question is scored");
        }
    }

    /** What the value is, as messages name it: {@code accuracy}, {@code ROUGE-L F1}. */
    public String metric() {
        return kind.metric();
    }

    public int questions() {
        return scored + unscored;
    }
}
