package io.github.personagym.score;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A task's score: the mean of its scored questions, with a bootstrap 95% interval and the counts behind
 * it. With no scored question there is no score, never a zero.
 *
 * @param task     the task's name
 * @param score    mean of the scored questions' scores
 * @param ci       bootstrap 95% confidence interval of that mean
 * @param scored   questions with a score
 * @param unscored questions without one (an agent error, a judge error, an unparseable verdict)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record TaskScore(String task, OptionalDouble score, Optional<ConfidenceInterval> ci, int scored,
                        int unscored) {

    public TaskScore {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(ci, "ci");
        if (scored < 0 || unscored < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
        if (score.isPresent() != (scored > 0)) {
            throw new IllegalArgumentException("Task '" + task + "' has a score exactly when a question is scored");
        }
    }

    /** A task score known only as a figure, e.g. a published one. */
    public static TaskScore published(String task, double score) {
        return new TaskScore(task, OptionalDouble.of(score), Optional.empty(), 1, 0);
    }

    public int questions() {
        return scored + unscored;
    }
}
