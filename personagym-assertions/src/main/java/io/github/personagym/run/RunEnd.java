package io.github.personagym.run;

import io.github.personagym.services.ConfiguredServices;
import io.github.personagym.config.ConfigKeys;
import io.github.personagym.llm.UsageMeter;
import io.github.personagym.evaluation.PersonaRun;
import io.github.personagym.report.Reports;
import io.github.personagym.report.SkippedPersona;
import io.github.personagym.report.SurefireFork;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The end of a run: the personas it evaluated, kept in order, and at the end the baseline update, the reports, the
 * summary table and what the run did to the recordings.
 */
final class RunEnd {

    private final RunSession session;
    /** The report folders the runs of this JVM wrote to. */
    private static final java.util.Set<java.nio.file.Path> WRITTEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final List<PersonaRun> runs = new ArrayList<>();
    private final List<SkippedPersona> skipped = new ArrayList<>();

    RunEnd(RunSession session) {
        this.session = session;
    }

    synchronized void add(PersonaRun run) {
        runs.add(run);
    }

    /** The personas evaluated so far, in the order they were kept. */
    synchronized List<PersonaRun> evaluated() {
        return List.copyOf(runs);
    }

    synchronized void skipped(SkippedPersona persona) {
        skipped.add(persona);
    }

    void finish() {
        session.outages().forEach(outage -> session.print("ERROR Provider " + outage));
        List<PersonaRun> evaluated;
        List<SkippedPersona> notEvaluated;
        synchronized (this) {
            evaluated = List.copyOf(runs);
            notEvaluated = List.copyOf(skipped);
        }
        Reports reports = Reports.from(session.configuration(), session.redaction());
        reports = session.reportFolder().map(reports::inFolder).orElse(reports);
        // a run that only skipped writes its report (the skips, and what resolves them) unless a run of this JVM
        // already wrote one there: it must not replace the report of a run that evaluated (a @Suite run beside the
        // test classes, say); its skips were said on the console as they happened
        if (evaluated.isEmpty() && (notEvaluated.isEmpty() || WRITTEN.contains(reports.folder()))) {
            return;
        }
        WRITTEN.add(reports.folder());
        RuntimeException baselineError = null;
        try {
            session.gate().writeUpdates().forEach(session::print);
        } catch (RuntimeException e) {
            session.print("ERROR " + e.getMessage());
            baselineError = e;
        }
        Optional<Map<String, UsageMeter.Usage>> usage = session.usage().map(UsageMeter::bySpec);
        Optional<SurefireFork> fork = session.configuration().getBoolean(ConfigKeys.REPORT_MERGE_FORKS,
                ConfigKeys.DEFAULT_REPORT_MERGE_FORKS) ? SurefireFork.current() : Optional.empty();
        System.out.print(fork.isPresent()
                ? reports.write(fork.get(), evaluated, session.gate(), usage, session.judgesAtStart(), notEvaluated)
                : reports.write(evaluated, session.gate(), usage, session.judgesAtStart(), notEvaluated));
        session.usage().flatMap(meter -> perPersona(meter, evaluated)).ifPresent(System.out::println);
        recordings();
        System.out.flush();
        if (baselineError != null) {
            throw baselineError;
        }
    }

    /**
     * One line with each evaluated persona's own model calls (answers of model agents, exemplars, verdicts, mutants,
     * suite generation), when the run made or replayed any: the usage lines above are per model, for the whole run.
     */
    static Optional<String> perPersona(UsageMeter meter, List<PersonaRun> evaluated) {
        if (meter.total().calls() == 0 && meter.total().replays() == 0) {
            return Optional.empty();
        }
        StringBuilder line = new StringBuilder("Model calls per persona:");
        evaluated.stream().map(PersonaRun::id).distinct().forEach(id -> {
            UsageMeter.Usage own = meter.ofPersona(id);
            line.append(' ').append(id).append(' ').append(own.calls())
                    .append(own.replays() > 0 ? " (+" + own.replays() + " replayed)" : "").append(',');
        });
        line.setLength(line.length() - 1);
        return Optional.of(line.toString());
    }

    /** What the run did to the recordings folder: one line when it wrote any, one when it pruned. */
    private void recordings() {
        Optional<ConfiguredServices> configured = session.madeServices().filter(ConfiguredServices.class::isInstance)
                .map(ConfiguredServices.class::cast);
        if (configured.isEmpty()) {
            return;
        }
        var store = configured.get().access().recordings();
        if (store.written() > 0) {
            System.out.println("Recordings: " + store.written() + (store.written() == 1 ? " model exchange" : " model "
                    + "exchanges") + " recorded in " + store.directory() + "; review and commit them to replay "
                    + "without a key");
        }
        if (session.configuration().getBoolean(ConfigKeys.RECORDINGS_PRUNE, false)) {
            int pruned = store.pruneUnused();
            System.out.println("Recordings: " + pruned + " unused " + (pruned == 1 ? "recording" : "recordings")
                    + " deleted from " + store.directory() + " (" + ConfigKeys.RECORDINGS_PRUNE + "=true)");
        }
    }
}
