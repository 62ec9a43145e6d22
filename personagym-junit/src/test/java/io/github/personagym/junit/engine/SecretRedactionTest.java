package io.github.personagym.junit.engine;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.personagym.junit.engine.Fixtures.Secrets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * An agent that answers with the API keys the run knows (from environment variables and a configuration
 * parameter) and with key-shaped tokens, judged by an LLM judge whose exemplars a generator writes, through the
 * engine with the real model stack against a local OpenAI-compatible server that echoes a secret back: no file
 * the run writes (recordings, suite, report.json, report.html, scores), no console line and no test result holds
 * any of them.
 */
class SecretRedactionTest {

    private static final List<String> SECRETS = List.of(Secrets.OPENAI_VARIABLE, Secrets.GOOGLE_VARIABLE,
            Secrets.ANTHROPIC_PARAMETER, Secrets.PROJECT_TOKEN, Secrets.GOOGLE_TOKEN, Secrets.BEARER_TOKEN,
            "sk-ant-api03-ExemplarLeak1234567890");
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    @TempDir
    Path folder;

    @Test
    void anAgentThatAnswersWithTheKeysPutsThemInNoFileNoConsoleLineAndNoTestResult() {
        stubProvider();
        Path suites = folder.resolve("suites");
        EngineTestSupport.writeSuites(suites);
        Map<String, String> environment = Map.of("OPENAI_API_KEY", Secrets.OPENAI_VARIABLE,
                "GOOGLE_API_KEY", Secrets.GOOGLE_VARIABLE);

        EngineExecutionResults results;
        List<String> console;
        try (ConsoleCapture capture = ConsoleCapture.start()) {
            results = EngineTestKit.engine(new PersonaGymTestEngine(environment, new Properties()))
                    .selectors(selectClass(Fixtures.SecretTelling.class))
                    .configurationParameters(configuration(suites))
                    .execute();
            console = capture.lines();
        }

        assertThat(server.getAllServeEvents()).as("the judge and the generator were called").isNotEmpty();
        assertThat(read(suites.resolve("captain.suite.yaml"))).as("exemplars were written").contains("exemplars:");
        assertThat(read(folder.resolve("reports/report.json"))).contains("[redacted]");
        assertThat(filesHolding(folder)).isEmpty();
        assertThat(console).isNotEmpty().noneMatch(SecretRedactionTest::holdsSecret);
        assertThat(texts(results)).as("failure messages, skip reasons and report entries")
                .anyMatch(text -> text.contains("Worst answers:") && text.contains("[redacted]"))
                .noneMatch(SecretRedactionTest::holdsSecret);
    }

    private Map<String, String> configuration(Path suites) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("personagym.judges", "openai:gpt-4o-mini");
        config.put("personagym.generator", "openai:gpt-4o");
        config.put("personagym.openai.base-url", server.baseUrl() + "/v1");
        config.put("personagym.anthropic.api-key", Secrets.ANTHROPIC_PARAMETER);
        config.put("personagym.judge.batch-size", "1");
        config.put("personagym.exemplars.batch-size", "1");
        config.put("personagym.recordings.dir", folder.resolve("recordings").toString());
        config.put("personagym.suite.dir", suites.toString());
        config.put("personagym.report.dir", folder.resolve("reports").toString());
        config.put("personagym.baseline", folder.resolve("baseline.json").toString());
        config.put("personagym.progress", "true");
        return config;
    }

    /** Verdicts whose reasoning echoes the answer's key, and exemplars that hold a key-shaped token. */
    private static void stubProvider() {
        server.stubFor(post("/v1/chat/completions")
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.name", equalTo("verdicts")))
                .willReturn(okJson(completion(json(Map.of("verdicts", List.of(Map.of("id", 1, "score", 4,
                        "reasoning", "Salty, though it recites " + Secrets.OPENAI_VARIABLE + " for no reason."))))))));
        List<String> exemplars = List.of("Hello.", "Ahoy, sk-ant-api03-ExemplarLeak1234567890.", "Aye.",
                "Aye, matey.", "Arr, " + Secrets.OPENAI_VARIABLE + " stays in the captain's chest!");
        server.stubFor(post("/v1/chat/completions")
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.name", equalTo("score_exemplars")))
                .willReturn(okJson(completion(json(Map.of("questions",
                        List.of(Map.of("id", 1, "exemplars", exemplars))))))));
    }

    private static String completion(String content) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("role", "assistant");
        message.put("content", content);
        message.put("refusal", null);
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("message", message);
        choice.put("logprobs", null);
        choice.put("finish_reason", "stop");
        return json(Map.of("id", "chatcmpl-scripted", "object", "chat.completion", "created", 1_700_000_000,
                "model", "gpt-4o-mini", "choices", List.of(choice),
                "usage", Map.of("prompt_tokens", 100, "completion_tokens", 20, "total_tokens", 120)));
    }

    private static boolean holdsSecret(String text) {
        return SECRETS.stream().anyMatch(text::contains);
    }

    private static List<Path> filesHolding(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(file -> holdsSecret(read(file))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every text the run handed the launcher: failure messages (with their causes), skip reasons, report entries. */
    private static List<String> texts(EngineExecutionResults results) {
        List<String> texts = new ArrayList<>();
        for (Event event : results.allEvents().list()) {
            event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).ifPresent(error -> {
                for (Throwable t = error; t != null; t = t.getCause()) {
                    texts.add(String.valueOf(t));
                }
            });
            event.getPayload(String.class).ifPresent(texts::add);
            event.getPayload(ReportEntry.class).ifPresent(entry -> texts.add(entry.getKeyValuePairs().toString()));
        }
        return texts;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
