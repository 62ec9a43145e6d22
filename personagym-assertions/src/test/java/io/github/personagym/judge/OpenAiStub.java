package io.github.personagym.judge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A local OpenAI-compatible server (WireMock on 127.0.0.1) serving SCRIPTED replies to the real client. */
public final class OpenAiStub {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenAiStub() {
    }

    public static ChatModel model(WireMockExtension server, String modelName) {
        return OpenAiChatModel.builder()
                .baseUrl(server.baseUrl() + "/v1")
                .apiKey("test")
                .modelName(modelName)
                .maxRetries(0)
                .build();
    }

    /** A chat-completions response whose message content is {@code content}, as OpenAI sends one. */
    public static String completion(String content) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("role", "assistant");
        message.put("content", content);
        message.put("refusal", null);
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("message", message);
        choice.put("logprobs", null);
        choice.put("finish_reason", "stop");
        try {
            return JSON.writeValueAsString(Map.of(
                    "id", "chatcmpl-scripted", "object", "chat.completion", "created", 1_700_000_000,
                    "model", "gpt-4o-mini",
                    "choices", List.of(choice),
                    "usage", Map.of("prompt_tokens", 100, "completion_tokens", 50, "total_tokens", 150)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scripted reply from {@code src/test/resources/judge/}. */
    public static String fixture(String path) {
        try (var in = OpenAiStub.class.getResourceAsStream("/judge/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture judge/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode body(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The user message of a captured chat-completions request. */
    public static String userText(LoggedRequest request) {
        for (JsonNode message : body(request).get("messages")) {
            if (message.get("role").asText().equals("user")) {
                return message.get("content").asText();
            }
        }
        throw new AssertionError("No user message in " + request.getBodyAsString());
    }
}
