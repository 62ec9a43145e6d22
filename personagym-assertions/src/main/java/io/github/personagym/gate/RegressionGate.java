package io.github.personagym.gate;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.github.personagym.config.ProjectPaths;
import io.github.personagym.evaluation.PersonaRun;
import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.Configuration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * The regression gate of a run: compares each persona with the baseline read once at the start of the run
 * ({@value ConfigKeys#BASELINE}), or, with {@value ConfigKeys#BASELINE_UPDATE}{@code =true}, collects this run's
 * entries and, at the end of the run ({@link #writeUpdates()}), writes them into the file in one step, merged with
 * the entries it holds at that moment. An entry is never replaced by one that lacks a score.
 */
@API(status = INTERNAL, since = "0.1")
public final class RegressionGate {

    /** The command that writes or refreshes the baseline. */
    public static final String UPDATE_COMMAND = "./mvnw verify -D" + ConfigKeys.BASELINE_UPDATE + "=true";
    public static final double DEFAULT_TOLERANCE = ConfigKeys.DEFAULT_BASELINE_TOLERANCE;

    private final Path file;
    private final double tolerance;
    private final double metricTolerance;
    private final boolean update;
    private final Map<String, GateResult> results = new LinkedHashMap<>();
    private final BaselineUpdate updates;
    private Baseline before;

    public RegressionGate(Path file, double tolerance, boolean update) {
        this(file, tolerance, ConfigKeys.DEFAULT_BASELINE_METRIC_TOLERANCE, update);
    }

    public RegressionGate(Path file, double tolerance, double metricTolerance, boolean update) {
        if (tolerance < 0) {
            throw new IllegalArgumentException(ConfigKeys.BASELINE_TOLERANCE + " must not be negative, got " + tolerance);
        }
        if (metricTolerance < 0 || metricTolerance > 1 || Double.isNaN(metricTolerance)) {
            throw new IllegalArgumentException(ConfigKeys.BASELINE_METRIC_TOLERANCE + " is a drop on the 0 to 1 scale of"
                    + " accuracy and ROUGE-L F1, got " + metricTolerance + "; set a value from 0 to 1 (default "
                    + ConfigKeys.DEFAULT_BASELINE_METRIC_TOLERANCE + ")");
        }
        this.file = file;
        this.tolerance = tolerance;
        this.metricTolerance = metricTolerance;
        this.update = update;
        this.updates = new BaselineUpdate(file);
    }

    public static RegressionGate from(Configuration configuration) {
        return new RegressionGate(io.github.personagym.config.ProjectPaths.of(configuration, ConfigKeys.BASELINE, ConfigKeys.DEFAULT_BASELINE),
                configuration.getDouble(ConfigKeys.BASELINE_TOLERANCE, DEFAULT_TOLERANCE),
                configuration.getDouble(ConfigKeys.BASELINE_METRIC_TOLERANCE, ConfigKeys.DEFAULT_BASELINE_METRIC_TOLERANCE),
                configuration.getBoolean(ConfigKeys.BASELINE_UPDATE, false));
    }

    /** Compares the run with the baseline (or writes it); the result is kept for the reports. */
    public synchronized GateResult check(PersonaRun run) {
        GateResult result;
        try {
            result = update ? write(run) : compare(run);
        } catch (Baseline.BaselineException e) {
            result = new GateResult(GateResult.Status.BROKEN, e.getMessage(), Optional.empty());
        }
        results.put(run.baselineKey(), result);
        return result;
    }

    private GateResult compare(PersonaRun run) {
        Optional<Baseline.Entry> entry = before().entry(run.baselineKey());
        if (entry.isEmpty()) {
            String why = Files.isRegularFile(file) ? GateMessages.missingPersona(run.baselineKey(), file)
                    : GateMessages.missingFile(run.id(), file);
            return new GateResult(GateResult.Status.MISSING, why, Optional.empty());
        }
        List<String> judges = Baseline.Entry.judgesOf(run);
        if (entry.get().judges() != null && !judges.isEmpty() && !entry.get().judges().equals(judges)) {
            return new GateResult(GateResult.Status.MISSING,
                    GateMessages.otherJudges(run.baselineKey(), entry.get().judges(), judges, file), Optional.empty());
        }
        Comparison comparison = Comparison.of(run, entry.get(), tolerance, metricTolerance);
        if (!comparison.with(Comparison.Change.REGRESSED).isEmpty()) {
            return new GateResult(GateResult.Status.REGRESSED,
                    GateMessages.regressed(run.id(), comparison, file), Optional.of(comparison));
        }
        if (!comparison.with(Comparison.Change.NOT_COMPARABLE).isEmpty()) {
            return new GateResult(GateResult.Status.NOT_COMPARABLE,
                    GateMessages.notComparable(run.id(), run.baselineKey(), comparison, file), Optional.of(comparison));
        }
        if (!comparison.with(Comparison.Change.IMPROVED).isEmpty()) {
            return new GateResult(GateResult.Status.IMPROVED, GateMessages.improved(run.id(), comparison),
                    Optional.of(comparison));
        }
        return new GateResult(GateResult.Status.STEADY, GateMessages.steady(run.id(), comparison), Optional.of(comparison));
    }

    /**
     * One line saying that the baseline was made with other judges than {@code judges} (sorted judge ids), when
     * any of its entries was: such entries are not compared with this run. Empty when updating the baseline, or
     * when it cannot be read (the gate reports that per persona).
     */
    public synchronized Optional<String> judgesNote(List<String> judges) {
        if (update) {
            return Optional.empty();
        }
        List<List<String>> others;
        try {
            others = before().judges().stream().filter(made -> !made.equals(judges)).toList();
        } catch (Baseline.BaselineException e) {
            return Optional.empty();
        }
        if (others.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("The judges changed: the baseline " + file + " was made with the judges "
                + others.stream().map(List::toString).collect(java.util.stream.Collectors.joining(" and "))
                + ", this run judges with " + judges + ", so the regression check skips those entries. To gate "
                + "on these judges, write the baseline anew with " + UPDATE_COMMAND);
    }

    private GateResult write(PersonaRun run) {
        Baseline old;
        try {
            old = before();
        } catch (Baseline.UnknownSchemaVersion e) {
            throw e;
        } catch (Baseline.BaselineException e) {
            old = Baseline.empty(); // a baseline that cannot be read has nothing worth keeping
        }
        Optional<Baseline.Entry> entry = old.entry(run.baselineKey());
        Optional<Comparison> comparison = entry.map(e -> Comparison.of(run, e, tolerance, metricTolerance));
        List<String> withoutScore = Baseline.Entry.withoutScore(run);
        if (!withoutScore.isEmpty()) {
            updates.skip(run.baselineKey(), withoutScore);
            return new GateResult(GateResult.Status.NOT_WRITTEN, GateMessages.notWritten(run.id(), run.baselineKey(),
                    withoutScore, entry.isPresent(), file), comparison);
        }
        updates.add(run.baselineKey(), Baseline.Entry.of(run));
        return new GateResult(GateResult.Status.WRITTEN, GateMessages.written(run.id(), file), comparison);
    }

    /**
     * At the end of the run, when updating: writes the entries of this run's checks into the baseline in one step,
     * merged, under a lock, with what the file holds at that moment (another JVM may have written entries
     * meanwhile). Returns what to print, one line each: what was written, and a warning naming the entries that
     * were not, with the command that updates them. Empty when not updating.
     *
     * @throws java.io.UncheckedIOException when the file cannot be locked or written
     * @throws IllegalStateException        when the file is of a schema version this build does not read
     */
    public synchronized List<String> writeUpdates() {
        try {
            return updates.write();
        } catch (Baseline.BaselineException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private Baseline before() {
        if (before == null) {
            before = Baseline.read(file);
        }
        return before;
    }

    synchronized Map<String, GateResult> results() {
        return Map.copyOf(results);
    }

    public synchronized Optional<GateResult> result(String personaId) {
        return Optional.ofNullable(results.get(personaId));
    }

    public Path file() {
        return file;
    }

    public double tolerance() {
        return tolerance;
    }

    public double metricTolerance() {
        return metricTolerance;
    }

    public boolean updating() {
        return update;
    }
}
