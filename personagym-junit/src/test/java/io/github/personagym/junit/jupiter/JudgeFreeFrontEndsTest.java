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
import io.github.personagym.suite.Suite;
import io.github.personagym.suite.SuiteFile;
import io.github.personagym.junit.Agent;
import io.github.personagym.junit.PersonaGymTest;
import io.github.personagym.junit.TaskThreshold;
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
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/**
 * A persona tested on a rubric task, a multiple-choice task (accuracy) and a reference-answer task (ROUGE-L F1), run by
 * both front ends with the offline judge and no model: the same test names, the same messages in each metric's unit,
 * the same report figures, the same threshold errors and the same regression against a baseline.
 */
class JudgeFreeFrontEndsTest {

    static final String PERSONA = "metric/personas/sailor.yaml";
    static final String OFF_SCALE = "metric/off-scale/sailor.yaml";
    static final String ALIAS = "metric/alias/sailor.yaml";
    static final String SUITES = "src/test/resources/metric/suites";
    private static final String P = " \u203A ";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Right on two options, wrong on one, and a reply that names no option; one reference told word for word. */
    static final Map<String, String> SHAKY = Map.of(
            "sea-knowledge-1", "B, lad: a blow is coming.",
            "sea-knowledge-2", "Bananas. Never aboard my boat.",
            "sea-knowledge-3", "Points down, so the luck pours over the door.",
            "sea-knowledge-4", "Hard to say, lad.",
            "sea-lore-1", "Red sky at night, sailor's delight; red sky at morning, sailors take warning.",
            "sea-lore-2", "Slow her down and sound the horn.");
    /** Right on every option. */
    static final Map<String, String> STEADY = Map.of(
            "sea-knowledge-1", "B", "sea-knowledge-2", "B", "sea-knowledge-3", "(B)", "sea-knowledge-4", "A",
            "sea-lore-1", "Red sky at night, sailor's delight; red sky at morning, sailors take warning.",
            "sea-lore-2", "Slow her down and sound the horn.");

    static Map<String, String> replies = SHAKY;

    @Test
    void theEngineAndJupiterNameTheSameTestsWithEachThresholdInItsMetric(@TempDir Path dir) {
        List<String> engine = testNames(run("personagym", EngineSide.class, dir, "engine"));

        assertThat(engine).contains("sailor" + P + "Sea Knowledge accuracy \u2265 0.80",
                "sailor" + P + "Sea Lore ROUGE-L F1 \u2265 0.50", "sailor" + P + "Harbour" + P + "Sea Knowledge" + P
                        + "sea-knowledge-1");
        assertThat(testNames(run("junit-jupiter", JupiterSide.class, dir, "jupiter"))).isEqualTo(engine);
    }

    @Test
    void theEngineAndJupiterFailAMissedMetricThresholdWithTheSameMessageInTheMetricsUnit(@TempDir Path dir) {
        Map<String, String> engine = messages(run("personagym", EngineSide.class, dir, "engine"));

        assertThat(engine.get("sailor" + P + "Sea Knowledge accuracy \u2265 0.80"))
                .startsWith("<sailor>: Sea Knowledge accuracy 0.67 is below the threshold 0.80 (95% Wilson interval [")
                .contains(", 3 scored, 1 unscored)\nLowest answers:\n 1) sea-knowledge-3 [Village Fair] 0.00\n"
                        + "    Q: Which way up should a lucky horseshoe hang?\n    A: Points down, so the luck pours over"
                        + " the door.\n    chose A (Points down); the right option is B (Points up)");
        assertThat(engine).doesNotContainKey("sailor" + P + "Sea Lore ROUGE-L F1 \u2265 0.50")
                .containsEntry("sailor" + P + "Village Fair" + P + "Sea Knowledge" + P + "sea-knowledge-4",
                        "sailor" + P + "Village Fair" + P + "Sea Knowledge" + P + "sea-knowledge-4: unscored, the reply"
                                + " names no option (A, B), by its letter or its text");
        assertThat(messages(run("junit-jupiter", JupiterSide.class, dir, "jupiter"))).isEqualTo(engine);
    }

    @Test
    void theEngineAndJupiterWriteTheSameMetricFiguresToReportJson(@TempDir Path dir) throws IOException {
        run("personagym", EngineSide.class, dir, "engine");
        run("junit-jupiter", JupiterSide.class, dir, "jupiter");

        JsonNode engine = comparable(JSON.readTree(dir.resolve("engine/report.json").toFile()));
        JsonNode jupiter = comparable(JSON.readTree(dir.resolve("jupiter/jupiter/report.json").toFile()));

        assertThat(jupiter.toPrettyString()).isEqualTo(engine.toPrettyString());
        JsonNode knowledge = engine.at("/personas/0/metrics/Sea Knowledge");
        assertThat(knowledge.get("metric").asText()).isEqualTo("accuracy");
        assertThat(knowledge.get("value").asDouble()).isEqualTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(knowledge.get("threshold").asDouble()).isEqualTo(0.8);
        assertThat(engine.at("/personas/0/metrics/Sea Lore/metric").asText()).isEqualTo("ROUGE-L F1");
        assertThat(engine.at("/personas/0/tasks").fieldNames()).toIterable().containsExactly("Expected Action");
    }

    @Test
    void aThresholdUnderAnotherNameOfItsTaskIsCheckedByBoth(@TempDir Path dir) {
        List<String> engine = testNames(run("personagym", AliasEngineSide.class, dir, "engine"));

        assertThat(engine).contains("sailor" + P + "Sea Knowledge accuracy \u2265 0.80");
        assertThat(testNames(run("junit-jupiter", AliasJupiterSide.class, dir, "jupiter"))).isEqualTo(engine);
    }

    @Test
    void aThresholdOffItsTasksScaleFailsThePersonaWithTheSameMessageInBoth(@TempDir Path dir) {
        var engineEvents = run("personagym", OffScaleEngineSide.class, dir, "engine").testEvents().list();
        List<String> engine = failures(engineEvents);
        List<String> jupiter = failures(run("junit-jupiter", OffScaleJupiterSide.class, dir, "jupiter")
                .containerEvents().list());

        // the line of "Sea Knowledge: 3" under thresholds.tasks, in the message and in the failed test's source
        assertThat(engine).singleElement().asString().endsWith("off-scale/sailor.yaml:18: thresholds.tasks.Sea Knowledge is"
                + " 3.00, outside the scale 0\u20131 of task Sea Knowledge, which is of kind choice, scored by its"
                + " accuracy from 0 to 1 with no judge: set a threshold from 0 to 1 (0.8 for 80%)");
        assertThat(jupiter).isEqualTo(engine);
        assertThat(engineEvents.stream().filter(e -> e.getType() == org.junit.platform.testkit.engine.EventType.FINISHED)
                .map(e -> e.getTestDescriptor().getSource().orElseThrow()))
                .singleElement().isInstanceOfSatisfying(
                        org.junit.platform.engine.support.descriptor.ClasspathResourceSource.class,
                        source -> assertThat(source.getPosition()).hasValueSatisfying(position ->
                                assertThat(position.getLine()).isEqualTo(18)));
    }

    @Test
    void anAnnotationThresholdOfAJudgeFreeTaskIsOnZeroToOneAndOffItIsAnErrorNamingTheAnnotation(@TempDir Path dir) {
        List<String> names = testNames(run("personagym", AnnotatedEngineSide.class, dir, "engine"));
        List<String> broken = failures(run("personagym", OffScaleAnnotationSide.class, dir, "engine").testEvents()
                .list());

        assertThat(names).contains("sailor" + P + "Sea Knowledge accuracy \u2265 0.90");
        assertThat(broken).singleElement().asString().contains("@TaskThreshold(task = \"Sea Lore\", min = ...) is"
                + " 4.00, outside the scale 0\u20131 of task Sea Lore, which is of kind reference, scored by its ROUGE-L"
                + " F1 from 0 to 1");
    }

    @Test
    void aDroppedAccuracyFailsTheRegressionCheckWithTheSameMessageInBoth(@TempDir Path dir) {
        replies = STEADY;
        try {
            run("personagym", EngineSide.class, dir, "update", Map.of(ConfigKeys.BASELINE_UPDATE, "true"));
        } finally {
            replies = SHAKY;
        }

        Map<String, String> engine = messages(run("personagym", EngineSide.class, dir, "engine"));
        String regression = engine.get("sailor" + P + "no regression against baseline");

        assertThat(regression).startsWith("sailor: regression against the baseline ")
                .contains("(metric tolerance 0.05 on 0\u20131):\n  Sea Knowledge accuracy 1.00 \u2192 0.67, dropped by"
                        + " 0.33; the baseline is above the current 95% Wilson interval [")
                .contains("sea-knowledge-3 [Sea Knowledge, Village Fair] 1.00 \u2192 0.00 (-1.00)")
                .doesNotContain("Sea Lore ROUGE-L F1");
        assertThat(messages(run("junit-jupiter", JupiterSide.class, dir, "jupiter")))
                .containsEntry("sailor" + P + "no regression against baseline", regression);
    }

    private static EngineExecutionResults run(String engine, Class<?> testClass, Path dir, String reports) {
        return run(engine, testClass, dir, reports, Map.of());
    }

    private static EngineExecutionResults run(String engine, Class<?> testClass, Path dir, String reports,
                                              Map<String, String> more) {
        Map<String, String> configuration = new LinkedHashMap<>();
        configuration.put(ConfigKeys.SUITE_DIR, SUITES);
        configuration.put(ConfigKeys.TASKS_FILE, "src/test/resources/metric/tasks.yaml");
        configuration.put(ConfigKeys.JUDGES, "offline");
        configuration.put(ConfigKeys.REPORT_DIR, dir.resolve(reports).toString());
        configuration.put(ConfigKeys.BASELINE, dir.resolve("baseline.json").toString());
        configuration.put(ConfigKeys.PROGRESS, "false");
        configuration.putAll(more);
        return EngineTestKit.engine(engine).configurationParameters(configuration).selectors(selectClass(testClass))
                .execute();
    }

    private static List<String> failures(List<Event> events) {
        return events.stream().filter(e -> e.getType() == EventType.FINISHED)
                .flatMap(e -> e.getPayload(TestExecutionResult.class)
                        .filter(r -> r.getStatus() == TestExecutionResult.Status.FAILED).stream())
                .flatMap(r -> r.getThrowable().stream()).map(Throwable::getMessage).toList();
    }

    private static JsonNode comparable(JsonNode report) {
        ObjectNode copy = report.deepCopy();
        copy.remove("generatedAt");
        return copy;
    }

    /** Answers the rubric questions as their score-4 exemplar, the judge-free ones as {@link #replies} says. */
    static PersonaAgent agent() {
        Suite suite = SuiteFile.read(Path.of(SUITES, "sailor.suite.yaml")).orElseThrow();
        return question -> {
            var asked = suite.questions().stream().filter(q -> q.prompt().equals(question)).findFirst().orElseThrow();
            return asked.exemplars().map(e -> e.forScore(4)).orElseGet(() -> replies.get(asked.key()));
        };
    }

    @PersonaGymTest(personas = PERSONA, baseline = "twin")
    static class EngineSide {
        @Agent
        static PersonaAgent agent(Persona persona) {
            return JudgeFreeFrontEndsTest.agent();
        }
    }

    @PersonaGym
    @PersonaFile(PERSONA)
    static class JupiterSide {
        @TestFactory
        Stream<DynamicNode> sailor(Persona sailor, Gym gym) {
            return gym.dynamicTests(sailor, JudgeFreeFrontEndsTest.agent(), "twin");
        }
    }

    @PersonaGymTest(personas = OFF_SCALE)
    static class OffScaleEngineSide {
        @Agent
        static PersonaAgent agent(Persona persona) {
            return JudgeFreeFrontEndsTest.agent();
        }
    }

    @PersonaGym
    @PersonaFile(OFF_SCALE)
    static class OffScaleJupiterSide {
        @TestFactory
        Stream<DynamicNode> sailor(Persona sailor, Gym gym) {
            return gym.dynamicTests(sailor, JudgeFreeFrontEndsTest.agent());
        }
    }

    @PersonaGymTest(personas = ALIAS)
    static class AliasEngineSide {
        @Agent
        static PersonaAgent agent(Persona persona) {
            return JudgeFreeFrontEndsTest.agent();
        }
    }

    @PersonaGym
    @PersonaFile(ALIAS)
    static class AliasJupiterSide {
        @TestFactory
        Stream<DynamicNode> sailor(Persona sailor, Gym gym) {
            return gym.dynamicTests(sailor, JudgeFreeFrontEndsTest.agent());
        }
    }

    @PersonaGymTest(personas = PERSONA, taskThresholds = @TaskThreshold(task = "Sea Knowledge", min = 0.9))
    static class AnnotatedEngineSide {
        @Agent
        static PersonaAgent agent(Persona persona) {
            return JudgeFreeFrontEndsTest.agent();
        }
    }

    @PersonaGymTest(personas = PERSONA, taskThresholds = @TaskThreshold(task = "Sea Lore", min = 4))
    static class OffScaleAnnotationSide {
        @Agent
        static PersonaAgent agent(Persona persona) {
            return JudgeFreeFrontEndsTest.agent();
        }
    }
}
