package io.github.personagym.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Record, replay and auto mode, with the real OpenAI client and a server that can be stopped. */
class RecordingChatModelTest {

    @TempDir
    Path recordings;

    private final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));

    @BeforeEach
    void startServer() {
        server.start();
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody(Fixtures.resource("scripted/openai-chat-completion.json"))));
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private ModelAccess access(String mode, boolean providerConfigured) {
        Map<String, String> config = new HashMap<>(Map.of(
                "personagym.mode", mode,
                "personagym.recordings.dir", recordings.toString()));
        if (providerConfigured) {
            config.put("personagym.openai.base-url", server.baseUrl() + "/v1");
            config.put("personagym.openai.api-key", Fixtures.FAKE_KEY);
        }
        return new ModelAccess(Fixtures.config(config), Fixtures::noEnvironment, new Fixtures.RecordingSleeper(),
                Fixtures.CLOCK);
    }

    private static ChatModel model(ModelAccess access) {
        return access.model(ModelSpec.parse("openai:gpt-scripted")).orElseThrow();
    }

    @Test
    void recordedExchangeIsReplayedWithTheServerStopped() {
        ChatRequest request = Fixtures.question("When does the tide turn?");
        ChatResponse recorded = model(access("record", true)).chat(request);
        int requestsWhileRecording = server.getAllServeEvents().size();
        server.stop();

        ModelAccess replay = access("replay", false);
        ChatResponse replayed = model(replay).chat(request);

        assertThat(requestsWhileRecording).isEqualTo(1);
        assertThat(replayed.aiMessage().text()).isEqualTo(recorded.aiMessage().text());
        assertThat(replayed.tokenUsage().inputTokenCount()).isEqualTo(21);
        assertThat(replayed.finishReason()).isEqualTo(recorded.finishReason());
        assertThat(replay.usage().of("openai:gpt-scripted").replays()).isEqualTo(1);
        assertThat(replay.usage().of("openai:gpt-scripted").calls()).isZero();
    }

    @Test
    void recordingFileHoldsCanonicalRequestReplyAndOrigin() throws IOException {
        model(access("record", true)).chat(Fixtures.question("When does the tide turn?"));

        List<Path> files = jsonFiles();
        assertThat(files).hasSize(1);
        Path file = files.get(0);
        String name = file.getFileName().toString();
        assertThat(name).matches("[0-9a-f]{64}\\.json");
        assertThat(file.getParent().getFileName().toString()).isEqualTo(name.substring(0, 2));
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.path("recordedFrom").asText()).isEqualTo("openai:gpt-scripted");
        assertThat(json.path("request").path("messages").get(1).path("text").asText()).isEqualTo("When does the tide turn?");
        assertThat(json.path("request").path("parameters").path("temperature").asDouble()).isZero();
        assertThat(json.path("response").path("text").asText()).startsWith("Scripted reply");
        assertThat(json.path("response").path("completionTokens").asInt()).isEqualTo(9);
    }

    @Test
    void aRecordingCopiedOverAnotherIsRefusedWithItsPath() throws IOException {
        model(access("record", true)).chat(Fixtures.question("Question one?"));
        model(access("record", true)).chat(Fixtures.question("Question two?"));
        List<Path> files = jsonFiles();
        Files.copy(files.get(0), files.get(1), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        server.stop();

        ModelAccess replay = access("replay", false);
        Throwable first = catchThrowable(() -> model(replay).chat(Fixtures.question("Question one?")));
        Throwable second = catchThrowable(() -> model(replay).chat(Fixtures.question("Question two?")));

        Throwable refused = first != null ? first : second;
        assertThat(first == null ^ second == null).as("exactly one of the two is refused").isTrue();
        assertThat(refused).isInstanceOf(BadRecordingException.class)
                .hasMessageContaining(files.get(1).toString())
                .hasMessageContaining("not the one its name says")
                .hasMessageContaining("run in auto mode");
    }

    @Test
    void anEmptyOrTruncatedRecordingIsReportedWithItsPathNeverANullPointer() throws IOException {
        model(access("record", true)).chat(Fixtures.question("Question one?"));
        Path file = jsonFiles().get(0);
        String whole = Files.readString(file);

        Files.writeString(file, "{}");
        assertThatThrownBy(() -> model(access("replay", false)).chat(Fixtures.question("Question one?")))
                .isInstanceOf(BadRecordingException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("is incomplete");

        Files.writeString(file, whole.substring(0, whole.length() / 2));
        assertThatThrownBy(() -> model(access("replay", false)).chat(Fixtures.question("Question one?")))
                .isInstanceOf(BadRecordingException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("is not a readable recording").hasMessageEndingWith("to record it again.");
    }

    @Test
    void autoModeRecordsACorruptRecordingAgain() throws IOException {
        model(access("record", true)).chat(Fixtures.question("Question one?"));
        Path file = jsonFiles().get(0);
        Files.writeString(file, "{\"key\": \"truncated");

        ChatResponse again = model(access("auto", true)).chat(Fixtures.question("Question one?"));

        assertThat(again.aiMessage().text()).startsWith("Scripted reply");
        assertThat(server.getAllServeEvents()).hasSize(2);
        assertThat(new ObjectMapper().readTree(file.toFile()).path("response").path("text").asText())
                .startsWith("Scripted reply");
        assertThat(model(access("replay", false)).chat(Fixtures.question("Question one?")).aiMessage().text())
                .startsWith("Scripted reply");
    }

    @Test
    void replayMissNamesModelRequestKeyAndHowToRecord() {
        assertThatThrownBy(() -> model(access("replay", false)).chat(Fixtures.question("Where is the lighthouse keeper tonight?")))
                .isInstanceOfSatisfying(RecordingMissingException.class,
                        e -> assertThat(e.getMessage()).contains(e.key()))
                .hasMessageContaining("openai:gpt-scripted")
                .hasMessageContaining("Where is the lighthouse keeper tonight?")
                .hasMessageContaining("-Dpersonagym.mode=auto (the default: it replays what is recorded and records only the rest");
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void autoModeReplaysHitsAndRecordsMisses() {
        ModelAccess auto = access("auto", true);
        model(auto).chat(Fixtures.question("First question?"));
        model(auto).chat(Fixtures.question("First question?"));
        model(auto).chat(Fixtures.question("Second question?"));

        assertThat(server.getAllServeEvents()).hasSize(2);
        assertThat(jsonFiles()).hasSize(2);
        assertThat(auto.usage().of("openai:gpt-scripted").calls()).isEqualTo(2);
        assertThat(auto.usage().of("openai:gpt-scripted").replays()).isEqualTo(1);
        assertThat(auto.usage().of("openai:gpt-scripted").promptTokens()).isEqualTo(42);
    }

    @Test
    void autoModeWithoutProviderFailsOnAMissWithTheSameClearMessage() {
        ModelAccess auto = access("auto", false);

        assertThat(auto.canCall(ModelSpec.parse("openai:gpt-scripted"))).isFalse();
        assertThatThrownBy(() -> model(auto).chat(Fixtures.question("Anyone aboard?")))
                .isInstanceOf(RecordingMissingException.class)
                .hasMessageContaining("no provider is configured")
                .hasMessageContaining("-Dpersonagym.mode=auto (the default: it replays what is recorded and records only the rest");
    }

    @Test
    void aMissWithoutProviderNamesTheProvidersVariableToSet() {
        assertThatThrownBy(() -> model(access("auto", false)).chat(Fixtures.question("Anyone aboard?")))
                .hasMessageContaining("no provider is configured for openai:gpt-scripted: set OPENAI_API_KEY (or "
                        + "personagym.openai.api-key; personagym.openai.base-url for an OpenAI-compatible server)");
    }

    @Test
    void aModelWithoutProviderOrAnyRecordedCallOfItsKindCannotBeReachedAndSaysWhatToSet() {
        ModelSpec spec = ModelSpec.parse("openai:gpt-scripted");

        assertThat(access("auto", false).unreachable(spec, CAPTAIN)).hasValue("openai:gpt-scripted cannot be "
                + "reached: OPENAI_API_KEY is not set and " + recordings + " holds no recorded call of it. Set "
                + "OPENAI_API_KEY (or personagym.openai.api-key; personagym.openai.base-url for an OpenAI-compatible "
                + "server)");
        assertThat(access("replay", false).unreachable(spec, CAPTAIN)).hasValueSatisfying(why -> assertThat(why)
                .contains("personagym.mode=replay calls no model", "Record its calls once, with OPENAI_API_KEY"));
        assertThat(access("auto", true).unreachable(spec, CAPTAIN)).as("a configured provider").isEmpty();
    }

    @Test
    void oneRecordedCallOfItsKindMakesAModelReachableByReplay() {
        model(access("record", true)).chat(Fixtures.question("When does the tide turn?"));
        ModelSpec spec = ModelSpec.parse("openai:gpt-scripted");

        assertThat(access("auto", false).unreachable(spec, CAPTAIN)).isEmpty();
        assertThat(access("auto", false).unreachable(spec, "another system message")).isPresent();
        assertThat(access("auto", false).unreachable(ModelSpec.parse("openai:other"), CAPTAIN)).isPresent();
    }

    private static final String CAPTAIN = "You are a retired sea captain.";

    @Test
    void liveModeNeitherReadsNorWritesRecordings() {
        ModelAccess live = access("live", true);
        model(live).chat(Fixtures.question("Anyone aboard?"));
        model(live).chat(Fixtures.question("Anyone aboard?"));

        assertThat(server.getAllServeEvents()).hasSize(2);
        assertThat(jsonFiles()).isEmpty();
    }

    @Test
    void liveModeWithoutProviderGivesNoModelAndSaysWhy() {
        ModelAccess live = access("live", false);
        ModelSpec spec = ModelSpec.parse("openai:gpt-scripted");

        assertThat(live.model(spec)).isEmpty();
        assertThat(live.unavailableReason(spec)).hasValueSatisfying(reason ->
                assertThat(reason).contains("personagym.openai.api-key").contains("OPENAI_API_KEY"));
    }

    @Test
    void differentParametersAreDifferentRecordings() {
        ModelAccess record = access("record", true);
        model(record).chat(Fixtures.question("Same words?"));
        model(record).chat(ChatRequest.builder().messages(Fixtures.question("Same words?").messages())
                .temperature(0.7).build());
        model(record).chat(ChatRequest.builder().messages(Fixtures.question("Same words?").messages())
                .temperature(0.0).responseFormat(OpenAiExchangeTest.verdictFormat()).build());

        assertThat(jsonFiles()).hasSize(3);
    }

    @Test
    void apiKeyNeverReachesARecording() throws IOException {
        model(access("record", true)).chat(Fixtures.question("When does the tide turn?"));
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(500)
                .withBody("scripted failure echoing " + Fixtures.FAKE_KEY)));

        assertThatThrownBy(() -> model(access("record", true)).chat(Fixtures.question("Fails?")))
                .isInstanceOf(ModelCallException.class)
                .hasMessageNotContaining(Fixtures.FAKE_KEY);
        try (Stream<Path> all = Files.walk(recordings)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).doesNotContain(Fixtures.FAKE_KEY).doesNotContain("Bearer")
                        .doesNotContain(server.baseUrl());
            }
        }
        assertThat(jsonFiles()).hasSize(1);
    }

    private List<Path> jsonFiles() {
        try (Stream<Path> all = Files.walk(recordings)) {
            return all.filter(path -> path.toString().endsWith(".json")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
