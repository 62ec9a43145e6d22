package io.github.personagym.junit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * A provider whose quota is spent for the day, as a user meets it: three personas through the engine against
 * a local server that answers every request with 429 and {@code Retry-After: 100000}. The run does not wait
 * (it used to hold every other call for five minutes at a time, for hours); it ends in seconds with one message
 * naming the provider, the asked wait, the cap and the key that raises it.
 */
class QuotaSpentTest {

    @TempDir
    Path folder;

    @Test
    void aProviderAskingForADaysWaitFailsTheRunInSecondsWithOneMessage() throws IOException {
        Path personas = folder.resolve("personas");
        SyntheticPersonas.write(personas, 3, 2);
        try (var server = FakeModelServer.quotaSpent(Duration.ofSeconds(100_000))) {
            Map<String, String> config = new HashMap<>(GymRun.Settings.of(server.baseUrl(), folder.resolve("recordings"),
                    "live", 8).configuration());
            config.put("personagym.judges", GymRun.JUDGE_A);
            config.put("personagym.agent", GymRun.AGENT);
            config.put("personagym.suite.dir", personas.toString());
            config.put("personagym.report.dir", folder.resolve("reports").toString());
            config.put("personagym.baseline", folder.resolve("baseline.json").toString());
            config.put("personagym.progress", "false");

            long start = System.nanoTime();
            EngineExecutionResults results = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> EngineTestKit
                    .engine("personagym").configurationParameters(config).selectors(selectDirectory(personas.toFile()))
                    .execute());
            Duration wall = Duration.ofNanos(System.nanoTime() - start);

            assertThat(wall).isLessThan(Duration.ofSeconds(15));
            assertThat(server.requests()).as("only the calls in flight when the first reply came").isLessThanOrEqualTo(8);
            String engineError = results.allEvents().finished()
                    .filter(e -> e.getTestDescriptor().getUniqueId().getSegments().size() == 1)
                    .map(e -> e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                            .map(Throwable::getMessage).orElse("(no failure)"))
                    .findFirst().orElseThrow();
            assertThat(engineError).as("the message docs/configuration.md quotes")
                    .isEqualTo(quotedInDocs("Provider openai asked to wait"))
                    .contains("100000 s", "5m", "personagym.retry.max-wait");
            assertThat(results.testEvents().failed().count()).as("every question of the three personas")
                    .isGreaterThanOrEqualTo(3 * 10);
        }
    }

    private static String quotedInDocs(String start) throws IOException {
        return Files.readAllLines(Path.of("..", "docs", "configuration.md")).stream().map(String::strip)
                .filter(line -> line.startsWith(start)).findFirst().orElseThrow();
    }
}
