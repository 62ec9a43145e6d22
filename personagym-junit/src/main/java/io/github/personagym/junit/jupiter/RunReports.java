package io.github.personagym.junit.jupiter;

import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.Configuration;
import io.github.personagym.gym.EvaluationResult;
import io.github.personagym.gym.JudgesInForce;
import io.github.personagym.report.PersonaRun;
import io.github.personagym.report.RegressionGate;
import io.github.personagym.report.Reports;
import io.github.personagym.llm.Redaction;
import io.github.personagym.llm.UsageMeter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The reports of the personas a gym evaluated for its dynamic tests: {@code report.json}, {@code report.html} and
 * {@code scores/} in the folder {@value #FOLDER} of {@value ConfigKeys#REPORT_DIR}, so that a build that runs the
 * engine too keeps both reports, and the summary table on the console, written once when the gym is closed.
 */
final class RunReports {

    /** The folder of the Jupiter reports within the report folder. */
    static final String FOLDER = "jupiter";

    private final Configuration configuration;
    private final Redaction redaction;
    private final List<PersonaRun> runs = new ArrayList<>();

    RunReports(Configuration configuration, Redaction redaction) {
        this.configuration = configuration;
        this.redaction = redaction;
    }

    /** Keeps an evaluated persona for the reports; returns its result. */
    synchronized EvaluationResult add(PersonaRun run) {
        runs.add(run);
        return run.result();
    }

    /** Writes the reports and prints the summary, when a persona was evaluated; does nothing otherwise. */
    void write(Supplier<RegressionGate> gate, Optional<Map<String, UsageMeter.Usage>> usage,
               Supplier<Optional<JudgesInForce>> judges) {
        List<PersonaRun> evaluated;
        synchronized (this) {
            evaluated = List.copyOf(runs);
        }
        if (evaluated.isEmpty()) {
            return;
        }
        System.out.print(Reports.from(configuration, redaction).inFolder(FOLDER).write(evaluated, gate.get(), usage,
                judges.get()));
        System.out.flush();
    }
}
