package io.github.personagym.report;

import io.github.personagym.gate.BaselineCandidate;
import io.github.personagym.evaluation.PersonaRun;
import io.github.personagym.gate.RegressionGate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.personagym.llm.UsageMeter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Surefire's forks ({@code forkCount > 1}) leave one report of all their runs, merged, not the last run's. */
class ForkReportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXECUTION = "2026-11-30T05-17-44_734";

    @TempDir
    Path dir;

    @Test
    void aSurefireForkIsToldByTheArgumentSurefireStartsItWith() {
        assertThat(SurefireFork.of("/p/target/surefire/surefirebooter-20261130051747096_6.jar /p/target/surefire "
                + EXECUTION + "-jvmRun2 surefire-20261130051747096_2tmp surefire_1-20261130051747096_4tmp"))
                .contains(new SurefireFork(EXECUTION, 2));
        assertThat(SurefireFork.of("org.example.Main --run 3")).isEmpty();
        assertThat(SurefireFork.of("")).isEmpty();
    }

    @Test
    void twoForksInTwoJvmsLeaveOneReportWithTheFiguresOfOneRun() throws Exception {
        List<PersonaRun> personas = MergeReportsTest.personas(16).subList(0, 6);
        MergeReportsTest.write(dir.resolve("whole"), personas,
                MergeReportsTest.judges(ScriptedRuns.JUDGE_A, ScriptedRuns.JUDGE_B));
        Path report = dir.resolve("report");
        Path earlier = report.resolve("forks/2026-11-29T23-00-00_000/fork-1-1-1");
        MergeReportsTest.write(earlier, MergeReportsTest.personas(16).subList(9, 10),
                MergeReportsTest.judges(ScriptedRuns.JUDGE_A, ScriptedRuns.JUDGE_B));

        // fork 1 runs two test classes one at a time (as Surefire hands them out with forkCount > 1), fork 2 one
        Process first = child(report, 1, "1-2", "3-3");
        Process second = child(report, 2, "4-6");
        String firstOut = output(first);
        String secondOut = output(second);

        assertThat(first.exitValue()).as(firstOut).isZero();
        assertThat(second.exitValue()).as(secondOut).isZero();
        JsonNode whole = JSON.readTree(dir.resolve("whole/report.json").toFile());
        JsonNode merged = JSON.readTree(report.resolve("report.json").toFile());
        assertThat(byId(merged.get("personas"))).isEqualTo(byId(whole.get("personas")));
        assertThat(byId(merged.get("judges"))).isEqualTo(byId(whole.get("judges")));
        assertThat(merged.at("/agreement")).isEqualTo(whole.at("/agreement"));
        assertThat(merged.at("/usage/calls").asLong()).isEqualTo(6 * 3);
        assertThat(report.resolve("scores/persona-05.json")).hasSameTextualContentAs(
                dir.resolve("whole/scores/persona-05.json"));
        assertThat(report.resolve(BaselineCandidate.FILE_NAME)).hasSameTextualContentAs(
                dir.resolve("whole").resolve(BaselineCandidate.FILE_NAME));
        assertThat(report.resolve("forks/2026-11-29T23-00-00_000")).as("an earlier build's parts").doesNotExist();
        assertThat(firstOut + secondOut).contains("Report: merged the reports of 3 runs of this Surefire execution")
                .contains(": 6 personas in " + report.resolve("report.json").toAbsolutePath().normalize());

        var out = new java.io.ByteArrayOutputStream();
        int status = new MergeReports(MergeReportsTest.CLOCK, new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                System.err).run(new String[] {"--out", dir.resolve("shards-merged").toString(), report.toString()});
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).as("the forks' parts are in the folder's report already")
                .startsWith("Merged 1 reports: 6 personas");
    }

    @Test
    void aPersonaThatTwoRunsEvaluatedIsReportedAsTheLastRunEvaluatedIt() throws IOException {
        List<PersonaRun> personas = MergeReportsTest.personas(3);
        SurefireFork fork = new SurefireFork(EXECUTION, 1);
        PersonaRun again = ScriptedRuns.persona("persona-02").threshold(3.0)
                .answer(io.github.personagym.Task.EXPECTED_ACTION, "SYNTHETIC storm?", "Reef the sails.", 5, 5).build();

        String firstRun = write(fork, personas.subList(0, 2), ScriptedRuns.JUDGE_A, ScriptedRuns.JUDGE_B);
        String secondRun = write(fork, List.of(again, personas.get(2)), ScriptedRuns.JUDGE_A, ScriptedRuns.JUDGE_B);

        assertThat(firstRun).doesNotContain("merged", "WARNING");
        assertThat(secondRun).contains("Report: merged the reports of 2 runs of this Surefire execution", ": 3 personas "
                + "in ", "; evaluated by more than one run, the last run's result of persona-02");
        Map<String, JsonNode> merged = byId(JSON.readTree(dir.resolve("report.json").toFile()).get("personas"));
        assertThat(merged.keySet()).containsExactly("persona-01", "persona-02", "persona-03");
        assertThat(merged.get("persona-02").get("questions")).hasSize(1);
        assertThat(JSON.readTree(dir.resolve(BaselineCandidate.FILE_NAME).toFile())
                .at("/personas/persona-02/personaScore/score").asDouble()).isEqualTo(5.0);
    }

    @Test
    void runsThatCannotBeMergedLeaveTheLastRunsReportAndSayWhy() throws IOException {
        List<PersonaRun> personas = MergeReportsTest.personas(3);
        SurefireFork fork = new SurefireFork(EXECUTION, 1);

        write(fork, personas.subList(0, 2), ScriptedRuns.JUDGE_A, ScriptedRuns.JUDGE_B);
        String secondRun = write(fork, personas.subList(2, 3), "openai:gpt-4o", "openai:meta-llama-3-70b");

        assertThat(secondRun).contains("WARNING Report: " + dir.resolve("report.json").toAbsolutePath().normalize()
                + " holds this run's personas only: the reports of the 2 runs of this Surefire execution cannot be "
                + "merged.", "The judges in force differ", "MergeReports (docs/ci.md#surefire-forks)");
        assertThat(secondRun.lines().filter(l -> l.startsWith("WARNING"))).hasSize(1);
        assertThat(byId(JSON.readTree(dir.resolve("report.json").toFile()).get("personas")).keySet())
                .containsExactly("persona-03");
    }

    private String write(SurefireFork fork, List<PersonaRun> runs, String... judges) {
        var gate = new RegressionGate(dir.resolve("no-baseline.json"), 0.25, false);
        runs.forEach(gate::check);
        return new Reports(dir, MergeReportsTest.CLOCK).write(fork, runs, gate,
                Optional.<Map<String, UsageMeter.Usage>>empty(),
                Optional.of(MergeReportsTest.judges(judges)), List.of());
    }

    private static Process child(Path report, int fork, String... runs) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                ForkReportChild.class.getName(), report.toString(), EXECUTION + "-jvmRun" + fork));
        command.addAll(List.of(runs));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static String output(Process process) throws Exception {
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    private static Map<String, JsonNode> byId(JsonNode entries) {
        Map<String, JsonNode> byId = new TreeMap<>();
        entries.forEach(e -> byId.put(e.get("id").asText(), e));
        return byId;
    }
}
