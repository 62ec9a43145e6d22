package io.github.personagym.gate;

import io.github.personagym.evaluation.PersonaRun;
import io.github.personagym.evaluation.QuestionResult;
import io.github.personagym.score.ConfidenceInterval;
import io.github.personagym.score.PersonaScore;
import io.github.personagym.score.TaskScore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How a persona's run compares with its baseline entry: per task and for the PersonaScore, and per answer.
 *
 * <p>A score <em>regressed</em> when it dropped by more than the tolerance <em>and</em> the baseline value
 * lies above the upper bound of the current 95% interval (so the drop is more than the noise of this run's
 * questions); without a current interval the tolerance alone decides. It <em>improved</em> in the mirror
 * case. A score missing on either side cannot be compared; a task the baseline entry does not hold is new.
 */
public record Comparison(List<Delta> deltas, List<AnswerChange> answers) {

    public static final String PERSONA_SCORE = "PersonaScore";
    private static final double EPSILON = 1e-9;

    public enum Change { REGRESSED, IMPROVED, STEADY, NOT_COMPARABLE, NEW }

    public record Delta(String what, OptionalDouble baseline, OptionalDouble current, Optional<ConfidenceInterval> ci,
                 Change change) {

        public OptionalDouble delta() {
            return baseline.isPresent() && current.isPresent()
                    ? OptionalDouble.of(current.getAsDouble() - baseline.getAsDouble()) : OptionalDouble.empty();
        }
    }

    /** An answer scored in both runs. */
    public record AnswerChange(QuestionResult result, double baseline, double current) {

        public double delta() {
            return current - baseline;
        }
    }

    public Comparison {
        deltas = List.copyOf(deltas);
        answers = List.copyOf(answers);
    }

    static Comparison of(PersonaRun run, Baseline.Entry entry, double tolerance) {
        PersonaScore score = run.result().score();
        List<Delta> deltas = new ArrayList<>();
        for (TaskScore task : score.tasks().values()) {
            Optional<Baseline.Score> old = entry.task(task.task());
            deltas.add(old.isEmpty() ? new Delta(task.task(), OptionalDouble.empty(), task.score(), task.ci(), Change.NEW)
                    : delta(task.task(), old.get().value(), task.score(), task.ci(), tolerance));
        }
        OptionalDouble old = entry.personaScore() == null ? OptionalDouble.empty() : entry.personaScore().value();
        deltas.add(delta(PERSONA_SCORE, old, score.value(), score.ci(), tolerance));
        List<AnswerChange> answers = new ArrayList<>();
        for (QuestionResult q : run.result().questions()) {
            OptionalDouble before = entry.question(q.key());
            if (before.isPresent() && q.score().isPresent()) {
                answers.add(new AnswerChange(q, before.getAsDouble(), q.score().getAsDouble()));
            }
        }
        return new Comparison(deltas, answers);
    }

    static Change change(OptionalDouble baseline, OptionalDouble current, Optional<ConfidenceInterval> ci,
                         double tolerance) {
        if (baseline.isEmpty() || current.isEmpty()) {
            return Change.NOT_COMPARABLE;
        }
        double old = baseline.getAsDouble();
        double delta = current.getAsDouble() - old;
        if (-delta > tolerance + EPSILON && ci.map(i -> old > i.high()).orElse(true)) {
            return Change.REGRESSED;
        }
        if (delta > tolerance + EPSILON && ci.map(i -> old < i.low()).orElse(true)) {
            return Change.IMPROVED;
        }
        return Change.STEADY;
    }

    private static Delta delta(String what, OptionalDouble old, OptionalDouble now, Optional<ConfidenceInterval> ci,
                               double tolerance) {
        return new Delta(what, old, now, ci, change(old, now, ci, tolerance));
    }

    public List<Delta> with(Change change) {
        return deltas.stream().filter(d -> d.change() == change).toList();
    }

    /** The scores without a value in the baseline entry (a task it does not hold is new, not one of them). */
    public List<String> unscoredInBaseline() {
        return with(Change.NOT_COMPARABLE).stream().filter(d -> d.baseline().isEmpty()).map(Delta::what).toList();
    }

    /** The scores without a value in this run, where the baseline entry has one. */
    public List<String> unscoredNow() {
        return with(Change.NOT_COMPARABLE).stream().filter(d -> d.baseline().isPresent()).map(Delta::what).toList();
    }

    Optional<Delta> personaScore() {
        return deltas.stream().filter(d -> d.what().equals(PERSONA_SCORE)).findFirst();
    }

    /** The {@code n} answers of these tasks whose scores changed most, largest change first. */
    public List<AnswerChange> changedMost(Collection<String> tasks, int n) {
        return answers.stream()
                .filter(a -> tasks.contains(a.result().task()))
                .filter(a -> Math.abs(a.delta()) > EPSILON)
                .sorted(Comparator.comparingDouble((AnswerChange a) -> -Math.abs(a.delta()))
                        .thenComparingDouble(AnswerChange::delta))
                .limit(n)
                .toList();
    }

    /** The tasks a regression message should look into: the regressed ones, or all when the PersonaScore regressed. */
    List<String> regressedTasks() {
        boolean overall = personaScore().map(d -> d.change() == Change.REGRESSED).orElse(false);
        return deltas.stream()
                .filter(d -> !d.what().equals(PERSONA_SCORE))
                .filter(d -> overall || d.change() == Change.REGRESSED)
                .map(Delta::what)
                .toList();
    }
}
