package io.github.personagym.gate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.evaluation.PersonaRun;
import io.github.personagym.evaluation.QuestionResult;
import io.github.personagym.TaskKind;
import io.github.personagym.evaluation.QuestionResult;
import io.github.personagym.score.ConfidenceInterval;
import io.github.personagym.score.MetricScore;
import io.github.personagym.score.PersonaScore;
import io.github.personagym.score.TaskScore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How a persona's run compares with its baseline entry: per rubric task and for the PersonaScore (1–5, with the
 * tolerance), per judge-free task's metric (accuracy, ROUGE-L F1: 0–1, with the metric tolerance), and per answer.
 *
 * <p>A score <em>regressed</em> when it dropped by more than the tolerance <em>and</em> the baseline value
 * lies above the upper bound of the current 95% interval (so the drop is more than the noise of this run's
 * questions); without a current interval the tolerance alone decides. It <em>improved</em> in the mirror
 * case. A score missing on either side cannot be compared; a task the baseline entry does not hold is new.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Comparison(List<Delta> deltas, List<AnswerChange> answers) {

    public static final String PERSONA_SCORE = "PersonaScore";
    private static final double EPSILON = 1e-9;

    public enum Change { REGRESSED, IMPROVED, STEADY, NOT_COMPARABLE, NEW }

    /**
     * @param what      what is compared, as messages name it: a task, {@code PersonaScore}, or a judge-free task and its
     *                  metric ({@code Sea Knowledge accuracy})
     * @param task      the task it concerns ({@code PersonaScore} for the PersonaScore)
     * @param kind      the kind of that task, which says the scale ({@link TaskKind#RUBRIC} for the PersonaScore)
     * @param tolerance the largest drop on that scale that is not a regression
     */
    public record Delta(String what, String task, TaskKind kind, OptionalDouble baseline, OptionalDouble current,
                 Optional<ConfidenceInterval> ci, Change change, double tolerance) {

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

    /** With the default tolerance of judge-free metrics. */
    static Comparison of(PersonaRun run, Baseline.Entry entry, double tolerance) {
        return of(run, entry, tolerance, io.github.personagym.config.ConfigKeys.DEFAULT_BASELINE_METRIC_TOLERANCE);
    }

    static Comparison of(PersonaRun run, Baseline.Entry entry, double tolerance, double metricTolerance) {
        PersonaScore score = run.result().score();
        List<Delta> deltas = new ArrayList<>();
        for (TaskScore task : score.tasks().values()) {
            Optional<Baseline.Score> old = entry.task(task.task());
            deltas.add(delta(task.task(), task.task(), TaskKind.RUBRIC, old.map(Baseline.Score::value), task.score(),
                    task.ci(), tolerance));
        }
        for (MetricScore metric : run.result().metrics()) {
            Optional<OptionalDouble> old = entry.metric(metric.task(), metric.metric());
            deltas.add(delta(metric.task() + " " + metric.metric(), metric.task(), metric.kind(), old, metric.value(),
                    metric.ci(), metricTolerance));
        }
        OptionalDouble old = entry.personaScore() == null ? OptionalDouble.empty() : entry.personaScore().value();
        deltas.add(delta(PERSONA_SCORE, PERSONA_SCORE, TaskKind.RUBRIC, Optional.of(old), score.value(), score.ci(),
                tolerance));
        List<AnswerChange> answers = new ArrayList<>();
        for (QuestionResult q : run.result().questions()) {
            OptionalDouble before = entry.question(q.key());
            OptionalDouble now = Baseline.Entry.value(q);
            if (before.isPresent() && now.isPresent()) {
                answers.add(new AnswerChange(q, before.getAsDouble(), now.getAsDouble()));
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

    /** {@code old} is empty when the baseline entry does not hold the score at all: a new task. */
    private static Delta delta(String what, String task, TaskKind kind, Optional<OptionalDouble> old, OptionalDouble now,
                               Optional<ConfidenceInterval> ci, double tolerance) {
        if (old.isEmpty()) {
            return new Delta(what, task, kind, OptionalDouble.empty(), now, ci, Change.NEW, tolerance);
        }
        return new Delta(what, task, kind, old.get(), now, ci, change(old.get(), now, ci, tolerance), tolerance);
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

    /**
     * The tasks a regression message should look into: the regressed ones, and every rubric task when the PersonaScore
     * (their mean) regressed.
     */
    List<String> regressedTasks() {
        boolean overall = personaScore().map(d -> d.change() == Change.REGRESSED).orElse(false);
        return deltas.stream()
                .filter(d -> !d.what().equals(PERSONA_SCORE))
                .filter(d -> overall && d.kind() == TaskKind.RUBRIC || d.change() == Change.REGRESSED)
                .map(Delta::task)
                .toList();
    }
}
