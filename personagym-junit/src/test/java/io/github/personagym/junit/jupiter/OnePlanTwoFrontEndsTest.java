package io.github.personagym.junit.jupiter;

import static io.github.personagym.junit.jupiter.FrontEndRuns.messages;
import static io.github.personagym.junit.jupiter.FrontEndRuns.testNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.personagym.Persona;
import io.github.personagym.PersonaAgent;
import io.github.personagym.config.ConfigKeys;
import io.github.personagym.junit.Agent;
import io.github.personagym.junit.PersonaGymTest;
import io.github.personagym.suite.Suite;
import io.github.personagym.suite.SuiteFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * One persona, one agent, one judge, run by both front ends: the PersonaGym engine ({@code @PersonaGymTest}) and the
 * Jupiter extension ({@code gym.dynamicTests}). Both run the same test plan, so they must name the same tests, fail
 * them with the same messages and write the same report.json. The sailor's folder holds a neighbour (the baker), which
 * neither run selects: both contrast the sailor with it in the offline judge.
 */
class OnePlanTwoFrontEndsTest {

    static final String PERSONA = "plan/personas/sailor.yaml";
    static final String STALE = "plan/stale/sailor.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theEngineAndJupiterNameTheSameTests(@TempDir Path dir) {
        assertThat(testNames(jupiter(dir))).isEqualTo(testNames(engine(dir))).hasSize(7);
    }

    @Test
    void theEngineAndJupiterFailTheChecksWithTheSameMessages(@TempDir Path dir) {
        Map<String, String> engine = messages(engine(dir));

        assertThat(engine).containsKeys("sailor \u203A Linguistic Habits score \u2265 4.00",
                "sailor \u203A no regression against baseline");
        assertThat(messages(jupiter(dir))).isEqualTo(engine);
    }

    @Test
    void theEngineAndJupiterWriteTheSameReport(@TempDir Path dir) throws IOException {
        engine(dir);
        jupiter(dir);

        JsonNode fromEngine = comparable(JSON.readTree(dir.resolve("engine/report.json").toFile()));
        JsonNode fromJupiter = comparable(JSON.readTree(dir.resolve("jupiter/jupiter/report.json").toFile()));

        assertThat(fromJupiter.toPrettyString()).isEqualTo(fromEngine.toPrettyString());
        assertThat(fromEngine.at("/personas/0/id").asText()).isEqualTo("sailor");
        assertThat(fromEngine.at("/personas/0/questions")).hasSize(4);
    }

    @Test
    void jupiterContrastsThePersonaWithTheSamePersonasAsTheEngine(@TempDir Path dir) throws IOException {
        engine(dir);
        jupiter(dir);

        List<String> fromEngine = reasons(dir.resolve("engine/report.json"));
        List<String> fromJupiter = reasons(dir.resolve("jupiter/jupiter/report.json"));

        assertThat(fromEngine).hasSize(4).allSatisfy(reason -> assertThat(reason)
                .contains("contrasted with 1 other persona"));
        assertThat(fromJupiter).isEqualTo(fromEngine);
    }

    @Test
    void aStaleSuiteFailsThePersonaWithTheSameMessageInBoth(@TempDir Path dir) {
        List<String> engine = containerFailures(run("personagym", StaleEngineSide.class, dir, "engine"));

        assertThat(engine).singleElement().asString().startsWith("Persona 'sailor' changed since its suite");
        assertThat(containerFailures(run("junit-jupiter", StaleJupiterSide.class, dir, "jupiter"))).isEqualTo(engine);
    }

    private static EngineExecutionResults engine(Path dir) {
        return run("personagym", EngineSide.class, dir, "engine");
    }

    private static EngineExecutionResults jupiter(Path dir) {
        return run("junit-jupiter", JupiterSide.class, dir, "jupiter");
    }

    private static EngineExecutionResults run(String engine, Class<?> testClass, Path dir, String reports) {
        return EngineTestKit.engine(engine).configurationParameters(configuration(dir, reports))
                .selectors(selectClass(testClass)).execute();
    }

    private static List<String> containerFailures(EngineExecutionResults results) {
        return results.containerEvents().failed().stream()
                .flatMap(e -> e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).stream())
                .map(Throwable::getMessage).toList();
    }

    private static Map<String, String> configuration(Path dir, String reports) {
        Map<String, String> configuration = new LinkedHashMap<>();
        configuration.put(ConfigKeys.SUITE_DIR, JupiterKit.SUITES);
        configuration.put(ConfigKeys.JUDGES, "offline");
        configuration.put(ConfigKeys.REPORT_DIR, dir.resolve(reports).toString());
        configuration.put(ConfigKeys.BASELINE, dir.resolve("baseline.json").toString());
        configuration.put(ConfigKeys.PROGRESS, "false");
        return configuration;
    }

    /** The offline judge's reasons in a report.json, one per verdict, in report order. */
    private static List<String> reasons(Path report) throws IOException {
        return JSON.readTree(report.toFile()).findValuesAsText("reasoning");
    }

    /** The report without what differs between any two runs: when it was written (it holds no duration or id). */
    private static JsonNode comparable(JsonNode report) {
        ObjectNode copy = report.deepCopy();
        copy.remove("generatedAt");
        return copy;
    }

    /** Answers linguistic-habits questions as their score-1 exemplar, the others as their score-4 one. */
    static PersonaAgent agent() {
        Suite suite = SuiteFile.read(Path.of(JupiterKit.SUITES, "sailor.suite.yaml")).orElseThrow();
        return question -> {
            var asked = suite.questions().stream().filter(q -> q.text().equals(question)).findFirst().orElseThrow();
            return asked.exemplars().orElseThrow().forScore(asked.task().equals("Linguistic Habits") ? 1 : 4);
        };
    }

    @PersonaGymTest(personas = PERSONA, baseline = "twin")
    static class EngineSide {
        @Agent
        static PersonaAgent agent(Persona persona) {
            return OnePlanTwoFrontEndsTest.agent();
        }
    }

    /** The sailor with a comment changed: its file no longer has the hash its suite was made for. */
    @PersonaGymTest(personas = STALE)
    static class StaleEngineSide {
        @Agent
        static PersonaAgent agent(Persona persona) {
            return OnePlanTwoFrontEndsTest.agent();
        }
    }

    @PersonaGym
    @PersonaFile(STALE)
    static class StaleJupiterSide {
        @TestFactory
        Stream<DynamicNode> sailor(Persona sailor, Gym gym) {
            return gym.dynamicTests(sailor, OnePlanTwoFrontEndsTest.agent());
        }
    }

    @PersonaGym
    @PersonaFile(PERSONA)
    static class JupiterSide {
        @TestFactory
        Stream<DynamicNode> sailor(Persona sailor, Gym gym) {
            return gym.dynamicTests(sailor, OnePlanTwoFrontEndsTest.agent(), "twin");
        }
    }
}
