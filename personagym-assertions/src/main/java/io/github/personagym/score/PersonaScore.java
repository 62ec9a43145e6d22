package io.github.personagym.score;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * PersonaGym's PersonaScore: the mean of the task scores, with a bootstrap 95% interval, and the task
 * scores it was made from (in the order of the tasks).
 *
 * <p>When aggregated from answers, a task without a score leaves the PersonaScore empty (see
 * {@link ScoreAggregator}); the task stays visible in {@link #tasks()} with its unscored count.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PersonaScore(OptionalDouble value, Optional<ConfidenceInterval> ci, Map<String, TaskScore> tasks) {

    public PersonaScore {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(ci, "ci");
        tasks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tasks));
    }

    /** The PersonaScore of task scores known only as figures, e.g. published ones. */
    public static PersonaScore ofTaskScores(Map<String, Double> taskScores) {
        var tasks = new LinkedHashMap<String, TaskScore>();
        taskScores.forEach((task, score) -> tasks.put(task, TaskScore.published(task, score)));
        return new PersonaScore(meanOf(tasks), Optional.empty(), tasks);
    }

    static OptionalDouble meanOf(Map<String, TaskScore> tasks) {
        return tasks.values().stream()
                .map(TaskScore::score)
                .filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble)
                .average();
    }

    /** One task's score, if the task was evaluated. */
    public Optional<TaskScore> task(String name) {
        return Optional.ofNullable(tasks.get(name));
    }

    /** The tasks that have no score: every question unscored, or no question at all. */
    public java.util.List<String> tasksWithoutScore() {
        return tasks.values().stream().filter(t -> t.score().isEmpty()).map(TaskScore::task).toList();
    }

    /** Questions scored, over all tasks. */
    public int scored() {
        return tasks.values().stream().mapToInt(TaskScore::scored).sum();
    }

    /** Questions left unscored, over all tasks. */
    public int unscored() {
        return tasks.values().stream().mapToInt(TaskScore::unscored).sum();
    }
}
