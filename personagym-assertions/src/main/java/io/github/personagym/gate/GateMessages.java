package io.github.personagym.gate;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.github.personagym.plan.WorstAnswers;
import io.github.personagym.evaluation.QuestionResult;
import io.github.personagym.score.ConfidenceInterval;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** The words of the regression gate: failures that name persona, task, old → new, the drop and the answers. */
@API(status = INTERNAL, since = "0.1")
public final class GateMessages {

    private static final int CHANGED_ANSWERS = 3;

    private GateMessages() {
    }

    static String regressed(String id, Comparison comparison, Path file) {
        List<Comparison.Delta> regressed = comparison.with(Comparison.Change.REGRESSED);
        var text = new StringBuilder(id).append(": regression against the baseline ").append(file)
                .append(" (").append(tolerances(regressed)).append("):");
        for (Comparison.Delta d : regressed) {
            text.append("\n  ").append(d.what()).append(' ').append(number(d.baseline())).append(" \u2192 ")
                    .append(number(d.current())).append(", dropped by ").append(number(-d.delta().getAsDouble()))
                    .append(d.ci().map(ci -> "; the baseline is above the current " + intervalName(d) + " " + ci)
                            .orElse("; no interval this run"));
        }
        List<Comparison.AnswerChange> changed = comparison.changedMost(comparison.regressedTasks(), CHANGED_ANSWERS);
        if (!changed.isEmpty()) {
            text.append("\nAnswers that changed most:");
            int n = 1;
            for (Comparison.AnswerChange a : changed) {
                QuestionResult q = a.result();
                text.append("\n ").append(n++).append(") ").append(q.key()).append(" [").append(q.task())
                        .append(", ").append(q.question().environment()).append("] ")
                        .append(number(a.baseline())).append(" \u2192 ").append(number(a.current()))
                        .append(" (").append(signed(a.delta())).append(')')
                        .append("\n    Q: ").append(WorstAnswers.quote(q.question().text()))
                        .append("\n    A: ").append(WorstAnswers.quote(q.answer().orElse("(no answer)")));
            }
        }
        return text.append("\nIf the change is intended, accept it with ").append(RegressionGate.UPDATE_COMMAND)
                .toString();
    }

    static String improved(String id, Comparison comparison) {
        var text = new StringBuilder(id).append(": improved on the baseline:");
        comparison.with(Comparison.Change.IMPROVED).forEach(d -> text.append(' ').append(d.what()).append(' ')
                .append(deltaText(d)).append(';'));
        text.setLength(text.length() - 1);
        return text.append(". Record it with ").append(RegressionGate.UPDATE_COMMAND).toString();
    }

    /** {@code tolerance 0.25}, and {@code metric tolerance 0.05 on 0–1} when a judge-free metric is among them. */
    private static String tolerances(List<Comparison.Delta> deltas) {
        List<String> parts = new java.util.ArrayList<>();
        deltas.stream().filter(d -> !d.kind().judgeFree()).findFirst()
                .ifPresent(d -> parts.add("tolerance " + number(d.tolerance())));
        deltas.stream().filter(d -> d.kind().judgeFree()).findFirst()
                .ifPresent(d -> parts.add("metric tolerance " + number(d.tolerance()) + " on 0\u20131"));
        return String.join(", ", parts);
    }

    /** The current interval as the metric's score names it: a Wilson interval for accuracy, else a 95% CI. */
    private static String intervalName(Comparison.Delta d) {
        return d.kind() == io.github.personagym.TaskKind.CHOICE ? "95% Wilson interval" : "95% CI";
    }

    static String steady(String id, Comparison comparison) {
        double tolerance = comparison.personaScore().map(Comparison.Delta::tolerance)
                .orElse(RegressionGate.DEFAULT_TOLERANCE);
        String metrics = comparison.deltas().stream().filter(d -> d.kind().judgeFree()).findFirst()
                .map(d -> " (" + number(d.tolerance()) + " for the judge-free metrics)").orElse("");
        return id + ": no score dropped by more than " + number(tolerance) + metrics + " outside its interval";
    }

    static String missingFile(String id, Path file) {
        return "No baseline file " + file + " for persona '" + id + "'. Make one with: " + RegressionGate.UPDATE_COMMAND
                + " (then commit " + file + ")";
    }

    static String missingPersona(String id, Path file) {
        return "The baseline " + file + " has no entry '" + id + "' for this persona. Add it with: "
                + RegressionGate.UPDATE_COMMAND + " (other personas' entries are kept)";
    }

    static String otherJudges(String key, List<String> before, List<String> now, Path file) {
        return "The baseline entry '" + key + "' in " + file + " was made with the judges " + before
                + "; this run's judges are " + now + ". Scores of different judges are not compared. To compare "
                + "against these judges, write a new baseline with: " + RegressionGate.UPDATE_COMMAND;
    }

    static String written(String id, Path file) {
        return id + ": the baseline entry is written to " + file + " at the end of the run; commit it to gate later runs";
    }

    /** A run's scores that cannot be compared: without a value in the baseline entry, or in this run. */
    static String notComparable(String id, String key, Comparison comparison, Path file) {
        var text = new StringBuilder(id).append(": cannot be compared with the baseline entry '").append(key)
                .append("' in ").append(file).append(':');
        if (!comparison.unscoredInBaseline().isEmpty()) {
            text.append("\n  the baseline has no score for ").append(String.join(", ", comparison.unscoredInBaseline()))
                    .append(": it was written from a run that could not score them (a provider outage?). Write the "
                            + "entry anew once the judges score again, with ").append(RegressionGate.UPDATE_COMMAND)
                    .append(", and commit ").append(file);
        }
        if (!comparison.unscoredNow().isEmpty()) {
            text.append("\n  this run has no score for ").append(String.join(", ", comparison.unscoredNow()))
                    .append(": its answers went unscored (see the failed question tests)");
        }
        return text.toString();
    }

    /** Updating, the run lacks scores: its entry is not written. */
    static String notWritten(String id, String key, List<String> withoutScore, boolean kept, Path file) {
        return id + ": the baseline entry '" + key + "' is not updated: this run has no score for "
                + String.join(", ", withoutScore) + ", and an entry is never replaced by one without scores, so "
                + (kept ? "the entry in " + file + " is kept as it was" : "none is written to " + file)
                + ". Once the judges and the agent answer again, re-run " + RegressionGate.UPDATE_COMMAND;
    }

    static String deltaText(Comparison.Delta d) {
        String change = d.change().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return number(d.baseline()) + " \u2192 " + number(d.current())
                + (d.delta().isPresent() ? " (" + signed(d.delta().getAsDouble()) + ", " + change + ")" : " (" + change + ")");
    }

    public static String number(OptionalDouble value) {
        return value.isPresent() ? number(value.getAsDouble()) : "n/a";
    }

    public static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String signed(double value) {
        return String.format(Locale.ROOT, "%+.2f", value);
    }

    static String interval(ConfidenceInterval ci) {
        return ci.toString();
    }
}
