package io.github.personagym.junit.bench;

import static io.github.personagym.junit.jupiter.FrontEndRuns.messages;
import static io.github.personagym.junit.jupiter.FrontEndRuns.testNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.personagym.ConversationalAgent;
import io.github.personagym.Persona;
import io.github.personagym.Turn;
import io.github.personagym.config.ConfigKeys;
import io.github.personagym.junit.Agent;
import io.github.personagym.junit.PersonaGymTest;
import io.github.personagym.junit.jupiter.Gym;
import io.github.personagym.junit.jupiter.PersonaFile;
import io.github.personagym.junit.jupiter.PersonaGym;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * A dialogue task and a conversation task run by both front ends (the engine and the Jupiter extension) with a
 * scripted judge on the local scripted OpenAI-compatible server: the same tests, messages and report, the judges
 * shown the earlier turns; and a model agent's conversation recorded and replayed, the history in each recording's
 * key.
 */
class ConversationsThroughBothFrontEndsTest {

    static final String PERSONA = "conversation/personas/skipper.yaml";
    static final String RESOURCES = "src/test/resources/";
    private static final ObjectMapper JSON = new ObjectMapper();

    static FakeModelServer server;
    /** Every history the scripted agent was given, by either front end. */
    static final List<List<Turn>> HISTORIES = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startTheScriptedServer() {
        server = FakeModelServer.start(Duration.ZERO, FakeModelServer.Faults.none()).capturingExchanges();
    }

    @AfterAll
    static void stopIt() {
        server.close();
    }

    /** SCRIPTED: answers with how many earlier turns it was given, and the message. */
    static ConversationalAgent agent() {
        return (history, message) -> {
            HISTORIES.add(history);
            return "Aye love, after " + history.size() + " turns: " + message;
        };
    }

    @Test
    void theEngineAndJupiterNameTheSameTestsAndFailThemWithTheSameMessages(@TempDir Path dir) {
        EngineExecutionResults engine = run("personagym", EngineSide.class, dir, "engine");
        EngineExecutionResults jupiter = run("junit-jupiter", JupiterSide.class, dir, "jupiter");

        assertThat(testNames(engine)).contains("skipper \u203A Ferry Deck \u203A Remembers the Passenger \u203A remembers-1",
                "skipper \u203A Ferry Deck \u203A Long Crossing \u203A crossing-turn-5", "skipper \u203A Long Crossing drift \u2265 -4.00");
        assertThat(testNames(jupiter)).isEqualTo(testNames(engine));
        assertThat(messages(jupiter)).isEqualTo(messages(engine));
        assertThat(engine.testEvents().failed().count()).isZero();
    }

    /** SCRIPTED: the model agent's turns score 5, 5, 1, 4, 3 with the scripted judge: a drift of -1.50. */
    @Test
    void aDriftPastTheThresholdFailsItsCheckWithAClearMessageAndWithinItPasses(@TempDir Path dir) {
        Map<String, String> strict = configuration(dir, "strict");
        strict.put(ConfigKeys.AGENT, GymRun.AGENT);
        strict.put(ConfigKeys.DRIFT_DROP, "1");
        Map<String, String> lenient = new LinkedHashMap<>(strict);
        lenient.put(ConfigKeys.DRIFT_DROP, "1.5");

        Map<String, String> failed = messages(EngineTestKit.engine("personagym").configurationParameters(strict)
                .selectors(selectFile(RESOURCES + PERSONA)).execute());
        EngineExecutionResults lenientRun = EngineTestKit.engine("personagym").configurationParameters(lenient)
                .selectors(selectFile(RESOURCES + PERSONA)).execute();
        Map<String, String> passed = messages(lenientRun);

        assertThat(failed).containsKey("skipper \u203A Long Crossing drift \u2265 -1.00");
        assertThat(failed.get("skipper \u203A Long Crossing drift \u2265 -1.00")).contains(
                "Expecting the drift of task Long Crossing of <skipper> (late turns 4\u20135 minus early turns 1\u20132)",
                "to be at least -1.00 but was -1.50", "raise personagym.threshold.drift-drop (now 1.00)");
        assertThat(testNames(lenientRun)).contains("skipper \u203A Long Crossing drift \u2265 -1.50");
        assertThat(passed).doesNotContainKey("skipper \u203A Long Crossing drift \u2265 -1.50");
    }

    @Test
    void theEngineAndJupiterWriteTheSameReportWithTurnsAndDrift(@TempDir Path dir) throws IOException {
        run("personagym", EngineSide.class, dir, "engine");
        run("junit-jupiter", JupiterSide.class, dir, "jupiter");

        JsonNode fromEngine = comparable(JSON.readTree(dir.resolve("engine/report.json").toFile()));
        JsonNode fromJupiter = comparable(JSON.readTree(dir.resolve("jupiter/jupiter/report.json").toFile()));

        assertThat(fromJupiter.toPrettyString()).isEqualTo(fromEngine.toPrettyString());
        JsonNode crossing = fromEngine.at("/personas/0/conversations/Long Crossing");
        assertThat(crossing.get("turns")).hasSize(5);
        assertThat(crossing.get("drift").isNumber()).isTrue();
    }

    @Test
    void theAgentAnswersInContextAndTheJudgesSeeTheEarlierTurns(@TempDir Path dir) {
        HISTORIES.clear();
        server.resetCounters();
        int before = server.exchanges().size();

        run("personagym", EngineSide.class, dir, "engine");

        assertThat(HISTORIES).contains(List.of(Turn.user("Morning, Nell! I'm Ada, I'm off to see my sister on the island."),
                Turn.persona("Morning, Ada love. Sit by the rail, the sea's kind today.")));
        assertThat(HISTORIES).contains(List.of(Turn.user("How long is the crossing today?"),
                Turn.persona("Aye love, after 0 turns: How long is the crossing today?")));
        List<String> judgePrompts = server.exchanges().subList(before, server.exchanges().size()).stream()
                .filter(e -> e.kind() == ScriptedModel.Kind.JUDGE).map(FakeModelServer.Exchange::request).toList();
        assertThat(judgePrompts).anySatisfy(prompt -> assertThat(prompt).contains("Earlier turns of the conversation",
                "- User: Morning, Nell! I'm Ada"));
        assertThat(judgePrompts).anySatisfy(prompt -> assertThat(prompt).contains(
                "- Persona: Aye love, after 2 turns: Is the weather turning?"));
    }

    @Test
    void aModelAgentsConversationIsRecordedAndReplayedWithItsHistoryInTheKey(@TempDir Path dir) throws IOException {
        Map<String, String> record = configuration(dir, "recorded");
        record.put(ConfigKeys.AGENT, GymRun.AGENT);
        record.put("personagym.mode", "record");
        EngineTestKit.engine("personagym").configurationParameters(record)
                .selectors(selectFile(RESOURCES + PERSONA)).execute();
        Map<String, String> replay = new LinkedHashMap<>(record);
        replay.put("personagym.mode", "replay");
        replay.put(ConfigKeys.REPORT_DIR, dir.resolve("replayed").toString());
        replay.put("personagym.openai.base-url", "http://127.0.0.1:9/v1");

        EngineExecutionResults replayed = EngineTestKit.engine("personagym").configurationParameters(replay)
                .selectors(selectFile(RESOURCES + PERSONA)).execute();

        assertThat(replayed.testEvents().failed().count()).isZero();
        JsonNode recorded = JSON.readTree(dir.resolve("recorded/report.json").toFile()).at("/personas/0/questions");
        JsonNode again = JSON.readTree(dir.resolve("replayed/report.json").toFile()).at("/personas/0/questions");
        assertThat(answers(again)).isEqualTo(answers(recorded)).hasSize(7);
        Map<String, String> byKey = answers(recorded);
        assertThat(byKey.get("crossing-turn-5")).as("the same message as turn 2, after another history")
                .isNotEqualTo(byKey.get("crossing-turn-2"));
    }

    private static Map<String, String> answers(JsonNode questions) {
        Map<String, String> byKey = new LinkedHashMap<>();
        questions.forEach(q -> byKey.put(q.get("key").asText(), q.get("answer").asText()));
        return byKey;
    }

    private static EngineExecutionResults run(String engine, Class<?> testClass, Path dir, String reports) {
        return EngineTestKit.engine(engine).configurationParameters(configuration(dir, reports))
                .selectors(selectClass(testClass)).execute();
    }

    private static Map<String, String> configuration(Path dir, String reports) {
        Map<String, String> configuration = new LinkedHashMap<>();
        configuration.put("personagym.openai.base-url", server.baseUrl());
        configuration.put("personagym.openai.api-key", "sk-bench-not-a-real-key-0000");
        configuration.put("personagym.mode", "live");
        configuration.put("personagym.recordings.dir", dir.resolve("recordings").toString());
        configuration.put(ConfigKeys.JUDGES, GymRun.JUDGE_A);
        configuration.put(ConfigKeys.TASKS_FILE, RESOURCES + "conversation/tasks.yaml");
        configuration.put(ConfigKeys.SUITE_DIR, RESOURCES + "conversation/suites");
        configuration.put(ConfigKeys.REPORT_DIR, dir.resolve(reports).toString());
        configuration.put(ConfigKeys.BASELINE, dir.resolve("baseline.json").toString());
        configuration.put(ConfigKeys.DRIFT_DROP, "4");
        configuration.put(ConfigKeys.PROGRESS, "false");
        return configuration;
    }

    private static JsonNode comparable(JsonNode report) {
        ObjectNode copy = report.deepCopy();
        copy.remove("generatedAt");
        copy.remove("usage");
        return copy;
    }

    @PersonaGymTest(personas = PERSONA, baseline = "twin")
    static class EngineSide {
        @Agent
        static ConversationalAgent agent(Persona persona) {
            return ConversationsThroughBothFrontEndsTest.agent();
        }
    }

    @PersonaGym
    @PersonaFile(PERSONA)
    static class JupiterSide {
        @TestFactory
        Stream<DynamicNode> skipper(Persona skipper, Gym gym) {
            return gym.dynamicTests(skipper, ConversationsThroughBothFrontEndsTest.agent(), "twin");
        }
    }
}
