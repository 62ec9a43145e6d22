package io.github.personagym.report;

import io.github.personagym.evaluation.PersonaRun;
import io.github.personagym.gate.RegressionGate;
import io.github.personagym.llm.UsageMeter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A child JVM for {@link ForkReportsTest}, started with a command line that holds Surefire's fork argument
 * ({@code <execution>-jvmRun<n>}) as a Surefire fork's does. Arguments: {@code <report dir> <execution>-jvmRun<n>
 * <first>-<last>...}: one run per range of the scripted personas of {@link MergeReportsTest#personas}, each ending
 * as a run ends in a fork (its reports written through {@link Reports#write(SurefireFork, List, RegressionGate,
 * Optional, Optional, List)} with the fork this JVM is); prints what each run prints.
 */
public final class ForkReportChild {

    private ForkReportChild() {
    }

    public static void main(String[] args) {
        SurefireFork fork = SurefireFork.current().orElseThrow(() -> new IllegalStateException(
                "not started as a Surefire fork: " + System.getProperty("sun.java.command")));
        List<PersonaRun> personas = MergeReportsTest.personas(16);
        for (int i = 2; i < args.length; i++) {
            String[] range = args[i].split("-");
            List<PersonaRun> runs = personas.subList(Integer.parseInt(range[0]) - 1, Integer.parseInt(range[1]));
            var gate = new RegressionGate(Path.of(args[0]).resolve("no-baseline.json"), 0.25, false);
            runs.forEach(gate::check);
            Map<String, UsageMeter.Usage> usage = Map.of("openai:gpt-4o-mini",
                    new UsageMeter.Usage(3L * runs.size(), 1000L * runs.size(), 200L * runs.size(), 0, 0));
            System.out.print(new Reports(Path.of(args[0]), MergeReportsTest.CLOCK).write(fork, runs, gate,
                    Optional.of(usage), Optional.of(MergeReportsTest.judges(ScriptedRuns.JUDGE_A, ScriptedRuns.JUDGE_B)),
                    List.of()));
        }
        System.out.flush();
    }
}
