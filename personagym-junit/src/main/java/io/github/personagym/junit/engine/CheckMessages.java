package io.github.personagym.junit.engine;

import io.github.personagym.junit.gym.EvaluationResult;
import io.github.personagym.junit.gym.WorstAnswers;
import io.github.personagym.score.ConfidenceInterval;
import io.github.personagym.score.TaskScore;
import java.util.List;
import java.util.Optional;

/** Failure messages of the score checks: the score, the threshold, the interval and the worst answers. */
final class CheckMessages {


    private CheckMessages() {
    }

    static String taskBelow(String personaId, TaskScore task, double threshold, EvaluationResult result) {
        return personaId + ": " + task.task() + " score " + PersonaTree.format(task.score().getAsDouble())
                + " is below the threshold " + PersonaTree.format(threshold) + " " + details(task.ci(), task.scored(),
                task.unscored()) + WorstAnswers.of(result, List.of(task.task()));
    }

    static String personaBelow(String personaId, double score, double threshold, EvaluationResult result) {
        var ps = result.score();
        return personaId + ": PersonaScore " + PersonaTree.format(score) + " is below the threshold "
                + PersonaTree.format(threshold) + " " + details(ps.ci(), ps.scored(), ps.unscored())
                + "\nTask scores: " + taskLine(result) + WorstAnswers.of(result, List.copyOf(ps.tasks().keySet()));
    }

    static String noScore(String personaId, String what, int unscored) {
        return personaId + ": " + what + " has no score: " + unscored + " question(s) unscored (agent errors, model "
                + "errors or unparseable verdicts; see the failed question tests). No score is never read as 0.";
    }

    static String noPersonaScore(String personaId, io.github.personagym.score.PersonaScore score) {
        return personaId + ": PersonaScore has no score: no scored question in " + String.join(", ",
                score.tasksWithoutScore()) + " (" + score.unscored() + " question(s) unscored in all: agent errors, "
                + "model errors or unparseable verdicts; see the failed question tests). A task without a score is "
                + "never read as 0, nor left out of the mean.";
    }

    static String taskLine(EvaluationResult result) {
        var line = new StringBuilder();
        result.score().tasks().values().forEach(t -> line.append(line.length() == 0 ? "" : ", ").append(t.task())
                .append(' ').append(t.score().isPresent() ? PersonaTree.format(t.score().getAsDouble()) : "n/a"));
        return line.toString();
    }

    private static String details(Optional<ConfidenceInterval> ci, int scored, int unscored) {
        return "(95% CI " + ci.map(ConfidenceInterval::toString).orElse("n/a") + ", " + scored + " scored, "
                + unscored + " unscored)";
    }
}
