package io.github.personagym.assertions;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import static io.github.personagym.assertions.FailureText.score;

import io.github.personagym.score.PersonaScore;
import io.github.personagym.score.TaskScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link PersonaScore}: the PersonaScore and the task scores against bounds or a baseline.
 * A score that is absent (every question unscored) fails every bound: it is never taken as passing.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class PersonaScoreAssert extends AbstractAssert<PersonaScoreAssert, PersonaScore> {

    /** Slack for floating-point noise when comparing differences with a tolerance. */
    private static final double EPSILON = 1e-9;

    private String persona = "";

    public PersonaScoreAssert(PersonaScore actual) {
        super(actual, PersonaScoreAssert.class);
    }

    /** Names the persona the score belongs to, for failure messages ({@code PersonaScore of <captain>}). */
    public PersonaScoreAssert forPersona(String name) {
        this.persona = name;
        return myself;
    }

    /** The PersonaScore is present and at least {@code min}. */
    public PersonaScoreAssert isAtLeast(double min) {
        return bound(min, true);
    }

    /** The PersonaScore is present: some question of every task was scored. */
    public PersonaScoreAssert hasScore() {
        isNotNull();
        ScoreBounds.hasScore(actual, persona).ifPresent(message -> failWithMessage("%s", message));
        return myself;
    }

    /** The PersonaScore is present and at most {@code max}. */
    public PersonaScoreAssert isAtMost(double max) {
        return bound(max, false);
    }

    /** The task was evaluated, and its score is present and at least {@code min}. */
    public PersonaScoreAssert hasTaskScoreAtLeast(String task, double min) {
        return taskBound(task, min, true);
    }

    /** The task was evaluated, and its score is present and at most {@code max}. */
    public PersonaScoreAssert hasTaskScoreAtMost(String task, double max) {
        return taskBound(task, max, false);
    }

    /**
     * The PersonaScore and the score of every task present in both differ from the baseline's by at most
     * {@code tolerance}, either way. A score absent here but present in the baseline fails.
     */
    public PersonaScoreAssert isWithinToleranceOf(PersonaScore baseline, double tolerance) {
        if (baseline == null || !(tolerance >= 0)) {
            throw new IllegalArgumentException("Give a baseline and a tolerance of 0 or more, got " + tolerance);
        }
        isNotNull();
        List<String> differences = new ArrayList<>();
        int compared = compare("PersonaScore", actual.value(), actual.unscored(), baseline.value(), tolerance,
                differences);
        for (TaskScore task : actual.tasks().values()) {
            Optional<TaskScore> before = baseline.task(task.task());
            if (before.isPresent()) {
                compared += compare(task.task(), task.score(), task.unscored(), before.get().score(), tolerance,
                        differences);
            }
        }
        if (compared == 0) {
            failWithMessage("%s", "Expecting " + subject() + " to be within " + score(tolerance)
                    + " of the baseline but they share no score to compare: the baseline has "
                    + baseline.tasks().keySet() + ", this run " + actual.tasks().keySet());
        }
        if (!differences.isEmpty()) {
            failWithMessage("%s", "Expecting " + subject() + " to be within " + score(tolerance) + " of the baseline"
                    + " but " + differences.size() + (differences.size() == 1 ? " score differs" : " scores differ")
                    + " by more:\n  " + String.join("\n  ", differences));
        }
        return myself;
    }

    /** Every question of every task has a score. */
    public PersonaScoreAssert hasNoUnscoredQuestions() {
        isNotNull();
        if (actual.unscored() > 0) {
            String byTask = actual.tasks().values().stream().filter(t -> t.unscored() > 0)
                    .map(t -> t.task() + " " + t.unscored()).collect(Collectors.joining(", "));
            failWithMessage("%s", "Expecting " + subject() + " to have no unscored questions but "
                    + actual.unscored() + " of " + (actual.scored() + actual.unscored()) + " were unscored: " + byTask);
        }
        return myself;
    }

    private PersonaScoreAssert bound(double bound, boolean atLeast) {
        isNotNull();
        (atLeast ? ScoreBounds.atLeast(actual, persona, bound) : ScoreBounds.atMost(actual, persona, bound))
                .ifPresent(message -> failWithMessage("%s", message));
        return myself;
    }

    private PersonaScoreAssert taskBound(String name, double bound, boolean atLeast) {
        isNotNull();
        (atLeast ? ScoreBounds.taskAtLeast(actual, persona, name, bound)
                : ScoreBounds.taskAtMost(actual, persona, name, bound))
                .ifPresent(message -> failWithMessage("%s", message));
        return myself;
    }

    private int compare(String what, OptionalDouble now, int unscored, OptionalDouble before, double tolerance,
                        List<String> differences) {
        if (before.isEmpty()) {
            return 0;
        }
        double baseline = before.getAsDouble();
        if (now.isEmpty()) {
            differences.add(what + ": no score (" + unscored + " unscored), baseline " + score(baseline));
        } else if (Math.abs(now.getAsDouble() - baseline) > tolerance + EPSILON) {
            differences.add(what + ": " + score(now.getAsDouble()) + ", baseline " + score(baseline) + " ("
                    + String.format(Locale.ROOT, "%+.2f", now.getAsDouble() - baseline) + ")");
        }
        return 1;
    }

    private String subject() {
        return ScoreBounds.subject(persona);
    }
}
