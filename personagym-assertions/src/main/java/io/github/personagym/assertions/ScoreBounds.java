package io.github.personagym.assertions;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import static io.github.personagym.assertions.FailureText.taskFigures;

import io.github.personagym.score.PersonaScore;
import io.github.personagym.score.ScoreText;
import io.github.personagym.score.TaskScore;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The failure messages of the bounds on a {@link PersonaScore}, made in one place for the
 * {@link PersonaScoreAssert} assertions and for the score checks of a test plan, so that an assertion and a check
 * on the same score say the same thing. Each method returns the message when the bound is missed, and empty when
 * it holds. A score that is absent (every question unscored) misses every bound: it is never taken as passing.
 * Scores are printed by the {@link ScoreText} rule.
 */
@API(status = INTERNAL, since = "0.1")
public final class ScoreBounds {

    private ScoreBounds() {
    }

    /**
     * {@code Expecting PersonaScore of <captain> to be at least 4.00 but was 3.62 (95% CI …, 48 scored, 2 unscored)},
     * then the worst task and every task's score.
     *
     * @param persona the persona's name for the message, or blank for none
     */
    public static Optional<String> atLeast(PersonaScore score, String persona, double min) {
        return bound(score, persona, min, true);
    }

    /** As {@link #atLeast}, for an upper bound; the message names the best task. */
    public static Optional<String> atMost(PersonaScore score, String persona, double max) {
        return bound(score, persona, max, false);
    }

    /** {@code Expecting PersonaScore of <captain> to have a score but there is no score: …}, when it has none. */
    public static Optional<String> hasScore(PersonaScore score, String persona) {
        if (score.value().isPresent()) {
            return Optional.empty();
        }
        return Optional.of("Expecting " + subject(persona) + " to have a score but " + noScore(score));
    }

    /**
     * {@code Expecting Linguistic Habits score of <captain> to be at least 4.00 but was 3.20 (95% CI …)}; a task the
     * score does not have (matched by name, ignoring case) misses the bound too.
     */
    public static Optional<String> taskAtLeast(PersonaScore score, String persona, String task, double min) {
        return taskBound(score, persona, task, min, true);
    }

    /** As {@link #taskAtLeast}, for an upper bound. */
    public static Optional<String> taskAtMost(PersonaScore score, String persona, String task, double max) {
        return taskBound(score, persona, task, max, false);
    }

    /** The task of this name, matched as the task assertions match it: exactly, else ignoring case. */
    public static Optional<TaskScore> task(PersonaScore score, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return score.task(name).or(() -> score.tasks().values().stream()
                .filter(t -> t.task().toLowerCase(Locale.ROOT).equals(wanted)
                        || wanted.equals("toxicity") && t.task().equalsIgnoreCase("Toxicity Control"))
                .findFirst());
    }

    private static Optional<String> bound(PersonaScore score, String persona, double bound, boolean atLeast) {
        String expectation = "Expecting " + subject(persona) + " to be " + (atLeast ? "at least " : "at most ")
                + ScoreText.bound(bound);
        if (score.value().isEmpty()) {
            return Optional.of(expectation + " but " + noScore(score));
        }
        double value = score.value().getAsDouble();
        if (atLeast ? value >= bound : value <= bound) {
            return Optional.empty();
        }
        return Optional.of(expectation + " but was " + ScoreText.against(value, bound) + " ("
                + score.ci().map(ci -> "95% CI " + ci + ", ").orElse("")
                + FailureText.counts(score.scored(), score.unscored()) + ")" + extremeTask(score, atLeast)
                + tasksLine(score));
    }

    private static Optional<String> taskBound(PersonaScore score, String persona, String name, double bound,
                                              boolean atLeast) {
        Optional<TaskScore> found = task(score, name);
        if (found.isEmpty()) {
            return Optional.of("Expecting " + subject(persona) + " to have a score for task <" + name
                    + "> but it has only the tasks " + score.tasks().keySet());
        }
        TaskScore task = found.get();
        String expectation = "Expecting " + task.task() + " score" + ofPersona(persona) + " to be "
                + (atLeast ? "at least " : "at most ") + ScoreText.bound(bound);
        if (task.score().isEmpty()) {
            return Optional.of(expectation + " but there is no score: " + task.unscored() + " questions unscored");
        }
        double value = task.score().getAsDouble();
        if (atLeast ? value >= bound : value <= bound) {
            return Optional.empty();
        }
        return Optional.of(expectation + " but was " + taskFigures(task, bound));
    }

    private static String noScore(PersonaScore score) {
        return "there is no score: " + score.unscored() + " questions unscored" + tasksLine(score);
    }

    private static String extremeTask(PersonaScore score, boolean worst) {
        Comparator<TaskScore> byScore = Comparator.comparingDouble(t -> t.score().getAsDouble());
        return score.tasks().values().stream().filter(t -> t.score().isPresent())
                .min(worst ? byScore : byScore.reversed())
                .map(t -> (worst ? "\nWorst task: " : "\nBest task: ") + t.task() + " " + taskFigures(t, Double.NaN))
                .orElse("");
    }

    static String tasksLine(PersonaScore score) {
        if (score.tasks().isEmpty()) {
            return "";
        }
        return "\nTasks: " + score.tasks().values().stream()
                .map(t -> t.task() + " " + t.score().stream().mapToObj(ScoreText::of).findFirst()
                        .orElse("no score (" + t.unscored() + " unscored)"))
                .collect(Collectors.joining(", "));
    }

    static String subject(String persona) {
        return "PersonaScore" + ofPersona(persona);
    }

    private static String ofPersona(String persona) {
        return persona.isBlank() ? "" : " of <" + persona + ">";
    }
}
