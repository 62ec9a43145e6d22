package io.github.personagym.junit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * A model as the agent on the PersonaGym benchmark ({@code personagym.agent=openai:<model>}), end to end with
 * record/replay: personas of the reference copy's question files, selected as a folder, played by the model and
 * judged by two judges, all on the local scripted server; recorded once, then replayed against a server that answers
 * every request with an error, so only the recordings can give the same scores.
 */
class BenchmarkModelAgentTest {

    static final Path BENCHMARK = Path.of(System.getProperty("reference.dir", "../../shared/reference/personagym"))
            .resolve("benchmark-v1");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void aModelPlaysBenchmarkPersonasRecordedOnceAndReplayedWithTheSameScores() {
        assumeTrue(Files.isDirectory(BENCHMARK), "the reference copy of the benchmark is not beside the project");
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            EngineExecutionResults recorded;
            try (var server = FakeModelServer.start(Duration.ZERO, FakeModelServer.Faults.none())) {
                recorded = run(configuration(server, "record", "recorded"));
                assertThat(server.requests(ScriptedModel.Kind.AGENT)).as("the model answered every question")
                        .isEqualTo(3 * 50);
                assertThat(server.requests(ScriptedModel.Kind.JUDGE)).isPositive();
            }
            EngineExecutionResults replayed;
            var failing = new FakeModelServer.Faults(0, 1.0, 0, 0, 0, Duration.ZERO);
            try (var server = FakeModelServer.start(Duration.ZERO, failing)) {
                replayed = run(configuration(server, "replay", "replayed"));
                assertThat(server.requests()).as("replay asked the (failing) server nothing").isZero();
            }

            recorded.testEvents().assertStatistics(stats -> stats.failed(0));
            replayed.testEvents().assertStatistics(stats -> stats.failed(0)
                    .succeeded(recorded.testEvents().succeeded().count()));
            JsonNode first = JSON.readTree(folder.resolve("recorded/report.json").toFile());
            JsonNode second = JSON.readTree(folder.resolve("replayed/report.json").toFile());
            assertThat(first.get("personas")).hasSize(3);
            assertThat(first.get("personas")).allSatisfy(persona -> {
                assertThat(persona.get("unscored").asInt()).as("unscored questions").isZero();
                assertThat(persona.get("file").asText()).endsWith(".json");
            });
            assertThat(scores(second)).isEqualTo(scores(first));
            assertThat(second.at("/usage/calls").asLong()).isZero();
            assertThat(second.at("/usage/replays").asLong()).isPositive();
        });
    }

    /** Per persona: its PersonaScore, task scores and every question's answer and score. */
    private static Map<String, String> scores(JsonNode report) {
        Map<String, String> scores = new TreeMap<>();
        report.get("personas").forEach(persona -> {
            StringBuilder text = new StringBuilder(persona.get("personaScore").toString()).append(persona.get("tasks"));
            persona.get("questions").forEach(q -> text.append('|').append(q.get("key").asText()).append('=')
                    .append(q.get("score")).append(':').append(q.get("answer").asText()));
            scores.put(persona.get("id").asText(), text.toString());
        });
        return scores;
    }

    private Map<String, String> configuration(FakeModelServer server, String mode, String reports) {
        Map<String, String> config = GymRun.engineConfiguration(server, folder);
        config.put("personagym.mode", mode);
        config.put("personagym.report.dir", folder.resolve(reports).toString());
        config.put("personagym.benchmark.personas", "3");
        return config;
    }

    private static EngineExecutionResults run(Map<String, String> config) {
        return EngineTestKit.engine("personagym").configurationParameters(config)
                .selectors(selectDirectory(BENCHMARK.toFile())).execute();
    }
}
