package io.github.personagym.assertions;

import io.github.personagym.score.ConfidenceInterval;
import io.github.personagym.score.PersonaScore;
import io.github.personagym.score.TaskScore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Hand-made scores for assertion tests: figures chosen so that the messages can be checked exactly. */
public final class Scores {

    private Scores() {
    }

    static TaskScore task(String name, double score, double low, double high, int scored, int unscored) {
        return new TaskScore(name, OptionalDouble.of(score), Optional.of(new ConfidenceInterval(low, high)), scored,
                unscored);
    }

    static TaskScore unscoredTask(String name, int unscored) {
        return new TaskScore(name, OptionalDouble.empty(), Optional.empty(), 0, unscored);
    }

    /** A captain whose PersonaScore, 3.62, is the mean of these five task scores. */
    static PersonaScore captain() {
        return persona(3.62, List.of(
                task("Expected Action", 3.80, 3.50, 4.10, 10, 0),
                task("Action Justification", 3.70, 3.40, 4.00, 10, 0),
                task("Linguistic Habits", 2.90, 2.50, 3.30, 10, 0),
                task("Persona Consistency", 3.90, 3.60, 4.20, 9, 1),
                task("Toxicity Control", 3.80, 3.50, 4.10, 9, 1)));
    }

    static PersonaScore persona(double value, List<TaskScore> tasks) {
        var byName = new LinkedHashMap<String, TaskScore>();
        tasks.forEach(task -> byName.put(task.task(), task));
        return new PersonaScore(OptionalDouble.of(value), Optional.of(new ConfidenceInterval(3.40, 3.85)), byName);
    }

    static PersonaScore unscored(List<TaskScore> tasks) {
        var byName = new LinkedHashMap<String, TaskScore>();
        tasks.forEach(task -> byName.put(task.task(), task));
        return new PersonaScore(OptionalDouble.empty(), Optional.empty(), byName);
    }
}
