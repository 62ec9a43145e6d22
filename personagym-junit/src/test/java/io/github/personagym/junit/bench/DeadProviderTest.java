package io.github.personagym.junit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * A run against a provider that is down, as a user meets it: ten personas with their suites through the engine,
 * the agent and a judge configured at a closed port on 127.0.0.1, real retries and backoff. The run ends in
 * seconds, every question fails naming the base URL, and the engine says it once as the run's own error.
 */
class DeadProviderTest {

    @TempDir
    Path folder;

    @Test
    void aRunAgainstADeadEndpointFailsInSecondsWithOneMessageNamingTheUrl() throws IOException {
        Path personas = folder.resolve("personas");
        SyntheticPersonas.write(personas, 10, 2);
        int port = closedPort();
        String baseUrl = "http://127.0.0.1:" + port + "/v1";
        Map<String, String> config = new HashMap<>(GymRun.Settings.of(baseUrl, folder.resolve("recordings"), "live", 8)
                .configuration());
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

        assertThat(wall).as("a dead endpoint fails the run in seconds").isLessThan(Duration.ofSeconds(15));
        String outage = "openai cannot be reached at " + baseUrl + ": 5 attempts in a row could not connect";
        List<Event> questions = results.testEvents().finished().filter(e -> e.getTestDescriptor().getUniqueId()
                .getLastSegment().getType().equals("question")).toList();
        assertThat(questions).hasSize(10 * 10).allSatisfy(question -> assertThat(failure(question))
                .contains("openai cannot be reached at " + baseUrl));
        String engineError = results.allEvents().finished()
                .filter(e -> e.getTestDescriptor().getUniqueId().getSegments().size() == 1)
                .map(DeadProviderTest::failure).findFirst().orElseThrow();
        assertThat(engineError).startsWith("Provider " + outage).contains("personagym.openai.base-url");
        assertThat(engineError.replace("127.0.0.1:" + port, "127.0.0.1:8000"))
                .as("the message docs/configuration.md quotes").isEqualTo(quotedInDocs("Provider openai cannot be reached"));
    }

    private static String quotedInDocs(String start) throws IOException {
        return Files.readAllLines(Path.of("..", "docs", "configuration.md")).stream().map(String::strip)
                .filter(line -> line.startsWith(start)).findFirst().orElseThrow();
    }

    private static String failure(Event event) {
        return event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                .map(Throwable::getMessage).orElse("(no failure)");
    }

    /** A port on 127.0.0.1 that nothing listens on: bound once by the system, then closed. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
