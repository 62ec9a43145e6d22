package io.github.personagym.junit.jupiter;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.personagym.Persona;
import io.github.personagym.assertions.PersonaGymAssertions;
import io.github.personagym.config.ConfigKeys;
import io.github.personagym.judge.EnsembleJudge;
import io.github.personagym.judge.ExemplarSimilarityJudge;
import io.github.personagym.judge.Judge;
import io.github.personagym.judge.JudgedAnswer;
import io.github.personagym.suite.Suite;
import io.github.personagym.suite.SuiteQuestion;
import io.github.personagym.task.TaskCatalog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

class PersonaGymExtensionTest {

    @Test
    void injectsPersonasFromTheNearestPersonaFileAnnotation() {
        var results = JupiterKit.run(InjectionFixture.class);

        results.testEvents().assertStatistics(stats -> stats.started(5).succeeded(5));
    }

    @Test
    void oneGymServesTheWholeRun() {
        InjectionFixture.GYMS.clear();

        JupiterKit.run(InjectionFixture.class);

        assertThat(InjectionFixture.GYMS).hasSize(1);
    }

    @Test
    void configuredJudgesMakeAnEnsemble() {
        var results = JupiterKit.run(EnsembleFixture.class, Map.of(ConfigKeys.JUDGES, "offline,offline"));

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void gymJudgesOneAnswerWithTheCommittedExemplarsAndEvaluatesAPersona() {
        var results = JupiterKit.run(GymFixture.class);

        results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
    }

    @Test
    void brokenPersonaFileFailsTheTestNamingFileAndLine() {
        var results = JupiterKit.run(BrokenPersonaFixture.class);

        assertThat(failureMessages(results)).singleElement().asString()
                .contains("@PersonaFile(\"" + JupiterKit.BROKEN + "\")")
                .contains("classpath:" + JupiterKit.BROKEN + ":5")
                .contains("speking-style");
    }

    @Test
    void missingSuiteWithoutGeneratorAbortsWithHowToGetOne(@TempDir Path emptySuiteDir) {
        var results = JupiterKit.run(SuiteFixture.class, Map.of(ConfigKeys.SUITE_DIR, emptySuiteDir.toString()));

        results.testEvents().assertStatistics(stats -> stats.started(1).aborted(1));
        assertThat(results.testEvents().aborted().stream().map(PersonaGymExtensionTest::message))
                .singleElement().asString()
                .contains("No suite for persona 'sailor'")
                .contains(ConfigKeys.GENERATOR);
    }

    @Test
    void suiteMadeForAnotherVersionOfThePersonaIsRefused(@TempDir Path suiteDir) throws Exception {
        String committed = Files.readString(Path.of(JupiterKit.SUITES, "sailor.suite.yaml"));
        Files.writeString(suiteDir.resolve("sailor.suite.yaml"),
                committed.replaceFirst("persona-hash: \\w+", "persona-hash: 0123abcd"));

        var results = JupiterKit.run(SuiteFixture.class, Map.of(ConfigKeys.SUITE_DIR, suiteDir.toString()));

        assertThat(failureMessages(results)).singleElement().asString()
                .contains("Persona 'sailor' changed since its suite")
                .contains(ConfigKeys.SUITE_REGENERATE);
    }

    @Test
    void aMisspeltKeyFailsEveryInjectionOfTheGymNamingTheKeyItMeant() {
        System.setProperty("personagym.judge", "openai:judge-a");
        try {
            var results = JupiterKit.run(EnsembleFixture.class);

            assertThat(failureMessages(results)).singleElement().asString().contains(
                    "Unknown PersonaGym configuration key personagym.judge (system property): did you mean "
                            + "personagym.judges?");
        } finally {
            System.clearProperty("personagym.judge");
        }
    }

    @Test
    void theGymStatesItsJudgesAndWhereTheyCameFromOnce() {
        PrintStream out = System.out;
        var bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            JupiterKit.run(InjectionFixture.class);
        } finally {
            System.setOut(out);
        }

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().filter(line -> line.contains("judges in force")))
                .containsExactly("[personagym] judges in force: offline (launcher configuration parameter "
                        + "personagym.judges)");
    }

    @Test
    void anApiKeyGivenAsASystemPropertyIsOneWarningLineOfTheGym() {
        PrintStream out = System.out;
        var bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        System.setProperty("personagym.gemini.api-key", "gemini-not-a-real-key-0000");
        try {
            // the launcher hands system properties over as configuration parameters; the test kit does not
            JupiterKit.run(InjectionFixture.class, Map.of("personagym.gemini.api-key", "gemini-not-a-real-key-0000"));
        } finally {
            System.clearProperty("personagym.gemini.api-key");
            System.setOut(out);
        }

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().filter(line -> line.contains("api-key")))
                .containsExactly("[personagym] WARNING personagym.gemini.api-key is set as a system property, and "
                        + "Maven Surefire copies system properties into its XML reports (target/surefire-reports): "
                        + "set the environment variable GEMINI_API_KEY instead.");
    }

    static List<String> failureMessages(EngineExecutionResults results) {
        return results.allEvents().failed().stream().map(PersonaGymExtensionTest::message).toList();
    }

    static String message(Event event) {
        return event.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable()
                .map(Throwable::getMessage).orElse("");
    }

    @PersonaGym
    @PersonaFile(JupiterKit.BAKER)
    static class InjectionFixture {

        static final Set<Gym> GYMS = ConcurrentHashMap.newKeySet();

        @org.junit.jupiter.api.Test
        void fromTheClass(Persona persona, Gym gym) {
            GYMS.add(gym);
            assertThat(persona.id()).isEqualTo("baker");
            assertThat(persona.source()).contains("classpath:" + JupiterKit.BAKER);
        }

        @org.junit.jupiter.api.Test
        @PersonaFile(JupiterKit.SAILOR)
        void fromTheMethod(Persona persona, Gym gym) {
            GYMS.add(gym);
            assertThat(persona.id()).isEqualTo("sailor");
        }

        @org.junit.jupiter.api.Test
        void fromTheParameter(@PersonaFile(JupiterKit.SAILOR) Persona sailor, Persona baker) {
            assertThat(sailor.id()).isEqualTo("sailor");
            assertThat(baker.id()).isEqualTo("baker");
        }

        @org.junit.jupiter.api.Test
        void offlineJudgeWhenConfiguredSo(Judge judge, List<Judge> judges, Gym gym) {
            GYMS.add(gym);
            assertThat(judge).isInstanceOf(ExemplarSimilarityJudge.class);
            assertThat(judges).singleElement().isInstanceOf(ExemplarSimilarityJudge.class);
            assertThat(gym.judges()).isEqualTo(judges);
        }

        @org.junit.jupiter.api.Test
        void taskCatalog(TaskCatalog tasks) {
            assertThat(tasks.find("Toxicity")).isPresent();
        }
    }

    @PersonaGym
    static class EnsembleFixture {

        @org.junit.jupiter.api.Test
        void ensemble(Judge judge, List<Judge> judges) {
            assertThat(judges).hasSize(2);
            assertThat(judge).isInstanceOf(EnsembleJudge.class);
            assertThat(((EnsembleJudge) judge).judges()).isEqualTo(judges);
        }
    }

    @PersonaGym
    @PersonaFile(JupiterKit.SAILOR)
    static class GymFixture {

        private static final String WEATHER = "Describe this morning's weather to a new deckhand.";

        @org.junit.jupiter.api.Test
        void judgesAnAnswerToAQuestionOfTheSuiteByText(Persona sailor, Gym gym) {
            String best = gym.suite(sailor).question("linguistic-habits-1").orElseThrow().exemplars().orElseThrow()
                    .forScore(5);

            JudgedAnswer verdict = gym.judge(sailor, "Linguistic Habits", WEATHER, best);

            PersonaGymAssertions.assertThat(verdict).hasScoreAtLeast(5);
            assertThat(verdict.environment()).isEqualTo("Harbour");
        }

        @org.junit.jupiter.api.Test
        void judgesAPoorAnswerLow(Persona sailor, Gym gym) {
            SuiteQuestion question = gym.suite(sailor).question("expected-action-2").orElseThrow();

            JudgedAnswer verdict = gym.judge(sailor, question, question.exemplars().orElseThrow().forScore(1));

            PersonaGymAssertions.assertThat(verdict).hasScoreAtMost(1);
        }

        @org.junit.jupiter.api.Test
        void evaluatesThePersonaOnItsSuite(Persona sailor, Gym gym) {
            Suite suite = gym.suite(sailor);

            var result = gym.evaluate(sailor, ExemplarAgent.answeringAsScore(suite, 4));

            assertThat(result.questions()).hasSize(4);
            PersonaGymAssertions.assertThat(result.score()).forPersona("sailor")
                    .hasTaskScoreAtLeast("Linguistic Habits", 4)
                    .isAtLeast(4).hasNoUnscoredQuestions();
        }
    }

    @PersonaGym
    static class BrokenPersonaFixture {

        @org.junit.jupiter.api.Test
        void broken(@PersonaFile(JupiterKit.BROKEN) Persona persona) {
        }
    }

    @PersonaGym
    static class SuiteFixture {

        @org.junit.jupiter.api.Test
        void suite(@PersonaFile(JupiterKit.SAILOR) Persona sailor, Gym gym) {
            gym.suite(sailor);
        }
    }
}
