package io.github.personagym.report;

import io.github.personagym.evaluation.PersonaRun;
import io.github.personagym.gate.RegressionGate;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.personagym.Task;
import io.github.personagym.services.JudgesInForce;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeaderboardSectionTest {

    @TempDir
    Path dir;

    /** Benchmark personas (read from question files), scored 2 to 5 so that the run lands among the paper's models. */
    static List<PersonaRun> benchmarkRun(int personas) {
        return IntStream.rangeClosed(1, personas).mapToObj(i -> {
            ScriptedRuns persona = ScriptedRuns.persona(String.format("benchmark-persona-%02d", i))
                    .file("/clone/benchmark-v1/A SYNTHETIC persona " + i + ".json");
            Task.BUILT_IN_NAMES.forEach(task -> persona.answers(task, 5, 4, 3 + i % 3, 4));
            return persona.build();
        }).toList();
    }

    @Test
    void aBenchmarkRunIsPlacedAmongThePaperModelsAndTheJudgesOfBothAreStated() throws Exception {
        String console = write(benchmarkRun(6));
        String html = Files.readString(dir.resolve("report.html"));

        assertThat(html).contains("<section class=\"card\" id=\"leaderboard\"><h2>Leaderboard</h2>",
                "The paper&#39;s scores were judged by GPT-4o and Llama-3-70B",
                "this run&#39;s by scripted:judge-a, scripted:judge-b (given in code), on 6 personas",
                "<tr class=\"this-run\" data-leaderboard=\"run\">", "Claude 3.5 Sonnet", "Llama 2 13B",
                "Claude 3 Haiku: the published PersonaScore 3.64 is not the mean of its task scores, 3.84.");
        assertThat(console).contains("Leaderboard (PersonaGym, July 2024)", "> This run", "GPT-3.5",
                "The paper's scores were judged by GPT-4o and Llama-3-70B");
        String runLine = console.lines().filter(l -> l.contains("> This run")).findFirst().orElseThrow();
        assertThat(runLine).matches(".*\\d\\.\\d\\d \\[\\d\\.\\d\\d, \\d\\.\\d\\d].*");
    }

    @Test
    void aRunOfOtherPersonasHasNoLeaderboard() throws Exception {
        String console = write(List.of(ScriptedRuns.persona("captain").answers(Task.EXPECTED_ACTION, 4, 5).build()));

        assertThat(Files.readString(dir.resolve("report.html"))).doesNotContain("id=\"leaderboard\"");
        assertThat(console).doesNotContain("Leaderboard");
    }

    private String write(List<PersonaRun> runs) {
        var gate = new RegressionGate(dir.resolve("none.json"), 0.25, false);
        runs.forEach(gate::check);
        return new Reports(dir, Clock.fixed(Instant.parse("2025-01-31T10:15:30Z"), ZoneOffset.UTC)).write(runs, gate,
                Optional.empty(), Optional.of(JudgesInForce.given(List.of(ScriptedRuns.JUDGE_A, ScriptedRuns.JUDGE_B))));
    }
}
