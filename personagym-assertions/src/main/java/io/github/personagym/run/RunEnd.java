package io.github.personagym.run;

import io.github.personagym.config.ConfigKeys;
import io.github.personagym.llm.UsageMeter;
import io.github.personagym.report.PersonaRun;
import io.github.personagym.report.Reports;
import io.github.personagym.report.SkippedPersona;
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
    private final List<PersonaRun> runs = new ArrayList<>();
    private final List<SkippedPersona> skipped = new ArrayList<>();

    RunEnd(RunSession session) {
        this.session = session;
    }

    synchronized void add(PersonaRun run) {
        runs.add(run);
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
        if (evaluated.isEmpty()) {
            // a run that evaluated nothing writes no report: it would replace the report of the run before it (a
            // @Suite run beside the test classes, say); its skips were said on the console as they happened
            return;
        }
        RuntimeException baselineError = null;
        try {
            session.gate().writeUpdates().forEach(session::print);
        } catch (RuntimeException e) {
            session.print("ERROR " + e.getMessage());
            baselineError = e;
        }
        Optional<Map<String, UsageMeter.Usage>> usage = session.usage().map(UsageMeter::bySpec);
        Reports reports = Reports.from(session.configuration(), session.redaction());
        reports = session.reportFolder().map(reports::inFolder).orElse(reports);
        System.out.print(reports.write(evaluated, session.gate(), usage, session.judgesAtStart(), notEvaluated));
        recordings();
        System.out.flush();
        if (baselineError != null) {
            throw baselineError;
        }
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
