package io.github.personagym.junit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import io.github.personagym.suite.Suite;
import io.github.personagym.suite.SuiteFile;
import io.github.personagym.suite.SuiteQuestion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * A persona with no suite through the whole product, as a user with a provider would run it: the engine as
 * the JUnit Platform loads it, the real LangChain4j OpenAI client against the local scripted server, the
 * generator selecting environments and writing questions and exemplars, a model playing the persona, two
 * judges. The suite is written, its questions are registered and every one is scored; a second run reuses
 * the suite and replays every exchange.
 */
class EndToEndGenerationTest {

    @TempDir
    Path folder;

    @Test
    void aPersonaWithoutASuiteGetsOneGeneratedAndEveryQuestionScored() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Path persona = folder.resolve("personas/skipper.yaml");
            Files.createDirectories(persona.getParent());
            Files.writeString(persona, """
                    id: skipper
                    description: A cheerful ferry skipper who has crossed the same strait twice a day for twenty years.
                    tasks:
                      - Expected Action
                      - Linguistic Habits
                    """);
            try (var server = FakeModelServer.start(Duration.ZERO, FakeModelServer.Faults.none())) {
                Map<String, String> config = configuration(server);

                EngineExecutionResults first;
                List<String> said;
                Map<String, String> withProgress = new HashMap<>(config);
                withProgress.put("personagym.progress", "true");
                try (var console = io.github.personagym.junit.engine.ConsoleCapture.start()) {
                    first = run(withProgress, persona);
                    said = console.lines();
                }

                assertThat(said).as("the recordings line, with where and what to do").anySatisfy(line -> assertThat(line)
                        .startsWith("Recordings: ").contains("recorded in " + folder.resolve("recordings"))
                        .contains("commit them"));
                assertThat(said).as("the summary's line of each persona's own calls").anySatisfy(line -> assertThat(line)
                        .matches("Model calls per persona: skipper [1-9]\\d*"));
                assertThat(said).as("the persona's own calls beside the run's").anySatisfy(line -> assertThat(line)
                        .contains("skipper: done").containsPattern("skipper: \\d+ model calls?, ")
                        .contains("run so far: "));

                assertThat(first.allEvents().dynamicallyRegistered().count()).as("environments, tasks, questions")
                        .isEqualTo(2 + 4 + 4);
                first.testEvents().assertStatistics(stats -> stats.failed(0).succeeded(4 + 1));
                Suite suite = SuiteFile.read(folder.resolve("suites/skipper.suite.yaml")).orElseThrow();
                assertThat(suite.generator()).isEqualTo(GymRun.GENERATOR);
                assertThat(suite.environments()).hasSize(2);
                assertThat(suite.questions()).hasSize(4).allSatisfy(q -> assertThat(q.exemplars()).isPresent());
                assertThat(suite.questions()).extracting(SuiteQuestion::key).containsExactlyInAnyOrder(
                        "expected-action-1", "expected-action-2", "linguistic-habits-1", "linguistic-habits-2");
                assertThat(server.requests(ScriptedModel.Kind.ENVIRONMENTS)).isEqualTo(1);
                assertThat(server.requests(ScriptedModel.Kind.QUESTIONS)).isEqualTo(2);
                assertThat(folder.resolve("reports/report.json")).content().contains("\"skipper\"");

                long calls = server.requests(ScriptedModel.Kind.AGENT) + server.requests(ScriptedModel.Kind.JUDGE);
                EngineExecutionResults second = run(config, persona);

                second.testEvents().assertStatistics(stats -> stats.failed(0).succeeded(4 + 1));
                assertThat(second.allEvents().dynamicallyRegistered().count()).as("the suite is on disk now").isZero();
                assertThat(server.requests(ScriptedModel.Kind.AGENT) + server.requests(ScriptedModel.Kind.JUDGE))
                        .as("an unchanged run replays every exchange").isEqualTo(calls);
                assertThat(server.requests(ScriptedModel.Kind.QUESTIONS)).isEqualTo(2);
            }
        });
    }

    private static EngineExecutionResults run(Map<String, String> config, Path persona) {
        return EngineTestKit.engine("personagym").configurationParameters(config)
                .selectors(selectFile(persona.toFile())).execute();
    }

    private Map<String, String> configuration(FakeModelServer server) {
        return GymRun.engineConfiguration(server, folder);
    }
}
