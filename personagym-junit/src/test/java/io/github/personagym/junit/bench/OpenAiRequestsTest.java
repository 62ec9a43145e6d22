package io.github.personagym.junit.bench;

import io.github.personagym.llm.OpenAiApiDescription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Every request body the OpenAI-compatible path sends, from a run through the engine with the real LangChain4j
 * client against the local scripted server: the generator selecting environments, writing questions and score
 * exemplars, a model playing the persona ({@code personagym.agent}) and two judges with structured output. Each is
 * checked against {@code CreateChatCompletionRequest} of OpenAI's published API description, each structured-output
 * request asks for strict output with a schema that strict mode accepts, and each scripted reply is checked
 * against {@code CreateChatCompletionResponse}.
 */
class OpenAiRequestsTest {

    @TempDir
    static Path folder;

    static List<FakeModelServer.Exchange> exchanges;

    @BeforeAll
    static void runAPersonaWithoutASuiteAgainstTheScriptedServer() throws Exception {
        Path persona = folder.resolve("personas/skipper.yaml");
        Files.createDirectories(persona.getParent());
        Files.writeString(persona, """
                id: skipper
                description: A cheerful ferry skipper who has crossed the same strait twice a day for twenty years.
                tasks:
                  - Expected Action
                  - Linguistic Habits
                """);
        try (var server = FakeModelServer.start(Duration.ZERO, FakeModelServer.Faults.none()).capturingExchanges()) {
            EngineTestKit.engine("personagym").configurationParameters(configuration(server))
                    .selectors(selectFile(persona.toFile())).execute()
                    .testEvents().assertStatistics(stats -> stats.failed(0));
            exchanges = server.exchanges();
        }
    }

    @Test
    void everyKindOfRequestIsACreateChatCompletionRequest() {
        var api = OpenAiApiDescription.require();

        assertThat(exchanges.stream().map(FakeModelServer.Exchange::kind).distinct())
                .as("agent answers, judges, exemplars, questions and environments were all asked")
                .containsExactlyInAnyOrder(ScriptedModel.Kind.values());
        assertThat(exchanges.stream().flatMap(e -> api.requestProblems(e.request()).stream()
                .map(problem -> e.kind() + " request: " + problem))).isEmpty();
    }

    @Test
    void everyStructuredOutputRequestIsStrictWithASchemaStrictModeAccepts() {
        List<JsonNode> formats = exchanges.stream().map(e -> OpenAiApiDescription.tree(e.request()))
                .filter(body -> body.has("response_format")).map(body -> body.at("/response_format/json_schema"))
                .toList();

        assertThat(formats).extracting(format -> format.path("name").asText())
                .as("every kind but the agent's answers asks for JSON")
                .containsOnly("verdicts", "score_exemplars", "questions", "environment_selection")
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(formats.stream().flatMap(format -> notStrict(format).stream())).isEmpty();
    }

    @Test
    void everyScriptedReplyIsACreateChatCompletionResponse() {
        var api = OpenAiApiDescription.require();

        assertThat(exchanges.stream().flatMap(e -> api.responseProblems(e.reply()).stream()
                .map(problem -> e.kind() + " reply: " + problem))).isEmpty();
    }

    /** Where a structured-output request is not strict, or its schema breaks a rule of strict mode. */
    static List<String> notStrict(JsonNode format) {
        String name = format.path("name").asText();
        List<String> problems = new ArrayList<>();
        if (!format.path("strict").asBoolean(false)) {
            problems.add(name + ": strict is " + format.path("strict") + ", not true");
        }
        notStrict(format.path("schema"), name, problems);
        return problems;
    }

    /**
     * Adds where {@code schema} breaks a rule of OpenAI's strict structured output: every object closed
     * ({@code additionalProperties: false}) with every property required.
     */
    private static void notStrict(JsonNode schema, String path, List<String> problems) {
        if (schema.path("type").asText().equals("object")) {
            if (!schema.path("additionalProperties").isBoolean() || schema.path("additionalProperties").asBoolean()) {
                problems.add(path + ": additionalProperties is " + (schema.has("additionalProperties")
                        ? schema.get("additionalProperties") : "absent") + ", not false");
            }
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(name -> required.add(name.asText()));
            schema.path("properties").fieldNames().forEachRemaining(name -> {
                if (!required.contains(name)) {
                    problems.add(path + "/" + name + ": not required");
                }
                notStrict(schema.path("properties").path(name), path + "/" + name, problems);
            });
        }
        if (schema.has("items")) {
            notStrict(schema.path("items"), path + "/items", problems);
        }
    }

    private static Map<String, String> configuration(FakeModelServer server) {
        return GymRun.engineConfiguration(server, folder);
    }
}
