package io.github.personagym.junit.jupiter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.personagym.Persona;
import io.github.personagym.config.ConfigKeys;
import io.github.personagym.suite.Suite;
import io.github.personagym.suite.SuiteFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

class GymDynamicTestsTest {

    private static final String P = " \u203A ";

    @Test
    void treeIsEnvironmentTaskQuestionThenScoreChecksAndEvaluatesOnce() {
        GoodAgentFixture.CALLS.set(0);

        var results = JupiterKit.run(GoodAgentFixture.class);

        assertThat(names(results.containerEvents().started().stream())).contains(
                "sailor" + P + "Harbour",
                "sailor" + P + "Harbour" + P + "Expected Action",
                "sailor" + P + "Harbour" + P + "Linguistic Habits",
                "sailor" + P + "Village Fair",
                "sailor" + P + "Village Fair" + P + "Expected Action",
                "sailor" + P + "Village Fair" + P + "Linguistic Habits");
        assertThat(names(results.testEvents().succeeded().stream())).containsExactly(
                "sailor" + P + "Harbour" + P + "Expected Action" + P + "expected-action-1",
                "sailor" + P + "Harbour" + P + "Linguistic Habits" + P + "linguistic-habits-1",
                "sailor" + P + "Village Fair" + P + "Expected Action" + P + "expected-action-2",
                "sailor" + P + "Village Fair" + P + "Linguistic Habits" + P + "linguistic-habits-2",
                "sailor" + P + "Linguistic Habits score \u2265 4.00",
                "sailor" + P + "PersonaScore \u2265 3.00");
        assertThat(results.testEvents().aborted().stream()).singleElement().satisfies(event -> {
            assertThat(event.getTestDescriptor().getDisplayName()).isEqualTo("sailor" + P + "no regression against baseline");
            assertThat(event.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                    .getThrowable().orElseThrow().getMessage()).contains("-Dpersonagym.baseline.update=true");
        });
        assertThat(GoodAgentFixture.CALLS).hasValue(4);
    }

    @Test
    void withMutantsTheTreeEndsWithTheMutantsCheckWhichPassesUnlessRequired() {
        var results = JupiterKit.run(GoodAgentFixture.class, java.util.Map.of("personagym.mutants", "true"));

        List<String> tests = names(results.testEvents().started().stream());
        assertThat(tests.get(tests.size() - 1)).isEqualTo("sailor" + P + "mutants caught");
        assertThat(names(results.testEvents().succeeded().stream())).contains("sailor" + P + "mutants caught");
    }

    @Test
    void questionTestPointsAtItsLineInTheSuiteFile() {
        Suite suite = SuiteFile.read(Path.of(JupiterKit.SUITES, "sailor.suite.yaml")).orElseThrow();
        int line = suite.question("linguistic-habits-2").orElseThrow().line();

        var results = JupiterKit.run(GoodAgentFixture.class);

        TestDescriptor question = results.testEvents().succeeded().stream().map(Event::getTestDescriptor)
                .filter(d -> d.getDisplayName().endsWith("linguistic-habits-2")).findFirst().orElseThrow();
        assertThat(question.getSource()).get().isInstanceOfSatisfying(FileSource.class, source -> {
            assertThat(source.getFile().toPath()).endsWith(Path.of("sailor.suite.yaml"));
            assertThat(source.getPosition()).get().extracting(p -> p.getLine()).isEqualTo(line);
        });
    }

    @Test
    void lowScoresFailTheThresholdChecksNotTheQuestions() {
        var results = JupiterKit.run(PoorAgentFixture.class);

        results.testEvents().assertStatistics(stats -> stats.started(7).succeeded(4).failed(2).aborted(1));
        assertThat(PersonaGymExtensionTest.failureMessages(results)).satisfiesExactly(
                task -> assertThat(task)
                        .contains("Expecting Linguistic Habits score of <sailor> to be at least 4.00 but was 1.00")
                        .contains("Worst answers:").contains("1) linguistic-habits-1 [Harbour] score 1.00")
                        .contains("offline: 1 \u2014 ").contains("in-character likelihood 0."),
                persona -> assertThat(persona)
                        .contains("Expecting PersonaScore of <sailor> to be at least 3.00 but was 1.00"));
    }

    @Test
    void anAnswerTheAgentDidNotGiveFailsOnlyItsQuestion() {
        var results = JupiterKit.run(RefusingAgentFixture.class);

        assertThat(names(results.testEvents().failed().stream()))
                .containsExactly("sailor" + P + "Harbour" + P + "Linguistic Habits" + P + "linguistic-habits-1");
        assertThat(PersonaGymExtensionTest.failureMessages(results)).singleElement().asString()
                .contains("the agent gave no answer").contains("scripted refusal of linguistic-habits-1");
    }

    @Test
    void anUpdateIsWrittenWhenTheRunEndsAndTheExtensionClosesItsGym(@TempDir Path dir) throws IOException {
        Path baseline = dir.resolve("baseline.json");

        JupiterKit.run(GoodAgentFixture.class, Map.of(ConfigKeys.BASELINE, baseline.toString(),
                ConfigKeys.BASELINE_UPDATE, "true")).testEvents().assertStatistics(stats -> stats.failed(0));

        assertThat(new ObjectMapper().readTree(baseline.toFile()).at("/personas/jupiter~1sailor/personaScore/score")
                .asDouble()).isEqualTo(5.0);
    }

    @Test
    void anUpdateDuringAnOutageKeepsTheGoodEntryAndTheGateStillCatchesADrop(@TempDir Path dir) throws IOException {
        Path baseline = dir.resolve("baseline.json");
        Map<String, String> update = Map.of(ConfigKeys.BASELINE, baseline.toString(), ConfigKeys.BASELINE_UPDATE, "true");
        JupiterKit.run(GoodAgentFixture.class, update);
        byte[] good = Files.readAllBytes(baseline);

        var down = JupiterKit.run(DownAgentFixture.class, update);

        assertThat(PersonaGymExtensionTest.failureMessages(down)).filteredOn(m -> m.contains("baseline"))
                .singleElement().asString().contains("the baseline entry 'jupiter/sailor' is not updated",
                        "kept as it was");
        assertThat(Files.readAllBytes(baseline)).as("the good baseline").isEqualTo(good);
        assertThat(PersonaGymExtensionTest.failureMessages(JupiterKit.run(PoorAgentFixture.class,
                Map.of(ConfigKeys.BASELINE, baseline.toString())))).filteredOn(m -> m.contains("baseline"))
                .singleElement().asString().contains("sailor: regression against the baseline " + baseline);
    }

    @Test
    void aConfiguredKeyThatTheAgentSaysOrThrowsIsRedactedInEveryFailureMessage() {
        var results = JupiterKit.run(KeyTellingAgentFixture.class,
                java.util.Map.of("personagym.openai.api-key", KeyTellingAgentFixture.KEY));

        List<String> messages = PersonaGymExtensionTest.failureMessages(results);
        assertThat(messages).anyMatch(m -> m.contains("Worst answers:") && m.contains("my key is [redacted]"))
                .anyMatch(m -> m.contains("backend refused key [redacted]"))
                .noneMatch(m -> m.contains(KeyTellingAgentFixture.KEY));
    }

    private static List<String> names(Stream<Event> events) {
        return events.map(Event::getTestDescriptor).map(TestDescriptor::getDisplayName).toList();
    }

    @PersonaGym
    @PersonaFile(JupiterKit.SAILOR)
    static class GoodAgentFixture {

        static final AtomicInteger CALLS = new AtomicInteger();

        @TestFactory
        Stream<DynamicNode> sailor(Persona sailor, Gym gym) {
            return gym.dynamicTests(sailor, new ExemplarAgent(gym.suite(sailor), 5, Optional.empty(), CALLS));
        }
    }

    @PersonaGym
    @PersonaFile(JupiterKit.SAILOR)
    static class PoorAgentFixture {

        @TestFactory
        Stream<DynamicNode> sailor(Persona sailor, Gym gym) {
            return gym.dynamicTests(sailor, ExemplarAgent.answeringAsScore(gym.suite(sailor), 1));
        }
    }

    /** An agent whose provider is down: no question gets an answer. */
    @PersonaGym
    @PersonaFile(JupiterKit.SAILOR)
    static class DownAgentFixture {

        @TestFactory
        Stream<DynamicNode> sailor(Persona sailor, Gym gym) {
            return gym.dynamicTests(sailor, question -> {
                throw new IllegalStateException("scripted: HTTP 503, the provider is down");
            });
        }
    }

    @PersonaGym
    @PersonaFile(JupiterKit.SAILOR)
    static class KeyTellingAgentFixture {

        static final String KEY = "jupiter-configured-key-77";

        @TestFactory
        Stream<DynamicNode> sailor(Persona sailor, Gym gym) {
            return gym.dynamicTests(sailor, question -> {
                if (question.equals(gym.suite(sailor).question("linguistic-habits-1").orElseThrow().text())) {
                    throw new IllegalStateException("backend refused key " + KEY);
                }
                return "As an AI language model, my key is " + KEY + ".";
            });
        }
    }

    @PersonaGym
    @PersonaFile(JupiterKit.SAILOR)
    static class RefusingAgentFixture {

        @TestFactory
        Stream<DynamicNode> sailor(Persona sailor, Gym gym) {
            return gym.dynamicTests(sailor, new ExemplarAgent(gym.suite(sailor), 5, Optional.of("linguistic-habits-1"),
                    new AtomicInteger()));
        }
    }
}
