package io.github.personagym.junit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of 200 persona files, 10 of them broken, through the engine (directory selector, suites beside
 * the files, the agent and one judge on the local server): the 190 run and report, and each broken file is a
 * discovery issue pointing at its file and line, and a failed test.
 */
class BrokenPersonaFolderTest {

    private static final List<String> BROKEN = List.of("unclosed-flow", "no-description", "unknown-key",
            "attributes-not-a-map", "tab-indent", "duplicate-key", "unknown-task", "threshold-out-of-range",
            "list-at-root", "blank-description");

    @TempDir
    Path folder;

    @Test
    void theGoodPersonasRunAndEachBrokenFileIsAnIssueNamingItsFileAndLine() {
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            Path personas = folder.resolve("personas");
            SyntheticPersonas.write(personas, 190, 1);
            BROKEN.forEach(name -> copyBroken(name, personas));
            try (var server = FakeModelServer.start(Duration.ZERO, FakeModelServer.Faults.none())) {
                Map<String, String> config = configuration(server, personas);

                EngineDiscoveryResults discovered = EngineTestKit.engine("personagym").configurationParameters(config)
                        .selectors(selectDirectory(personas.toFile())).discover();
                assertThat(discovered.getDiscoveryIssues()).as("each broken file is reported once, as its failing test")
                        .isEmpty();
                assertThat(discovered.getEngineDescriptor().getDescendants())
                        .filteredOn(d -> d.getDisplayName().endsWith("(broken)")).hasSize(10)
                        .allSatisfy(broken -> namesABrokenFileAndLine(broken.getSource()));

                EngineExecutionResults executed = EngineTestKit.engine("personagym").configurationParameters(config)
                        .selectors(selectDirectory(personas.toFile())).execute();
                List<Event> personasDone = executed.allEvents().finished().filter(e -> isPersona(e.getTestDescriptor()
                        .getUniqueId())).toList();
                assertThat(personasDone).filteredOn(e -> status(e) == TestExecutionResult.Status.SUCCESSFUL).hasSize(190);
                assertThat(personasDone).filteredOn(e -> status(e) == TestExecutionResult.Status.FAILED).hasSize(10);
                assertThat(executed.testEvents().succeeded().count()).as("question tests and checks")
                        .isGreaterThanOrEqualTo(190 * 5);
                assertThat(server.requests(ScriptedModel.Kind.AGENT)).isEqualTo(190 * 5);
            }
        });
    }

    private void namesABrokenFileAndLine(java.util.Optional<org.junit.platform.engine.TestSource> found) {
        assertThat(found).hasValueSatisfying(source -> {
            assertThat(source).isInstanceOf(FileSource.class);
            FileSource file = (FileSource) source;
            String stem = file.getFile().getName().replace(".yaml", "");
            assertThat(BROKEN).contains(stem);
            assertThat(file.getPosition()).hasValueSatisfying(p -> assertThat(p.getLine()).isPositive());
        });
    }

    private static Map<String, String> configuration(FakeModelServer server, Path personas) {
        Map<String, String> config = new HashMap<>(GymRun.Settings.of(server.baseUrl(), personas.resolveSibling(
                "recordings"), "live", 8).configuration());
        config.put("personagym.judges", GymRun.JUDGE_A);
        config.put("personagym.agent", GymRun.AGENT);
        config.put("personagym.suite.dir", personas.toString());
        config.put("personagym.progress", "false");
        return config;
    }

    private static boolean isPersona(UniqueId id) {
        return id.getLastSegment().getType().equals("persona");
    }

    private static TestExecutionResult.Status status(Event event) {
        return event.getPayload(TestExecutionResult.class).orElseThrow().getStatus();
    }

    private static void copyBroken(String name, Path personas) {
        try (InputStream in = BrokenPersonaFolderTest.class.getResourceAsStream("/bench/broken-personas/" + name + ".yaml")) {
            Files.write(personas.resolve(name + ".yaml"), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
