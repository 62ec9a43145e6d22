package io.github.personagym.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.langchain4j.model.chat.ChatModel;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Calls held by the provider's own limit headers, and OpenAI's {@code retry-after-ms}, through {@link ModelAccess}
 * and the real clients against SCRIPTED replies (the clock stands still and the sleeper records its waits).
 */
class LimitHeadersPacingTest {

    @RegisterExtension
    static final WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private final Fixtures.RecordingSleeper sleeper = new Fixtures.RecordingSleeper();

    private ChatModel model(String spec, Map<String, String> extra) {
        Map<String, String> config = new HashMap<>(Map.of("personagym.mode", "live"));
        config.putAll(extra);
        return new ModelAccess(Fixtures.config(config), Fixtures::noEnvironment, sleeper, Fixtures.CLOCK)
                .model(ModelSpec.parse(spec)).orElseThrow();
    }

    private ChatModel openAi() {
        return model("openai:gpt-scripted", Map.of("personagym.openai.base-url", server.baseUrl() + "/v1",
                "personagym.openai.api-key", Fixtures.FAKE_KEY));
    }

    private static ResponseDefinitionBuilder openAiReply() {
        return aResponse().withHeader("Content-Type", "application/json")
                .withBody(Fixtures.resource("scripted/openai-chat-completion.json"));
    }

    @Test
    void aReplyWithNoRequestsLeftHoldsTheNextCallsUntilTheLimitHasRoomForEach() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(openAiReply()
                .withHeader("x-ratelimit-limit-requests", "20")
                .withHeader("x-ratelimit-remaining-requests", "0")
                .withHeader("x-ratelimit-reset-requests", "1s")));
        ChatModel model = openAi();

        model.chat(Fixtures.question("One"));
        assertThat(sleeper.waits).as("nothing is known before the first reply").isEmpty();
        model.chat(Fixtures.question("Two"));
        model.chat(Fixtures.question("Three"));

        assertThat(sleeper.waits).as("20 requests a second: one every 50 ms").containsExactly(Duration.ofMillis(50),
                Duration.ofMillis(50));
        assertThat(server.getAllServeEvents()).hasSize(3);
    }

    @Test
    void anthropicsLimitHeadersHoldTheNextCallToo() {
        server.stubFor(post(urlEqualTo("/v1/messages")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withHeader("anthropic-ratelimit-requests-limit", "50")
                .withHeader("anthropic-ratelimit-requests-remaining", "0")
                .withHeader("anthropic-ratelimit-requests-reset", "2025-01-01T12:00:02Z")
                .withBody(Fixtures.resource("scripted/anthropic-message.json"))));
        ChatModel model = model("anthropic:claude-scripted", Map.of(
                "personagym.anthropic.base-url", server.baseUrl() + "/v1/",
                "personagym.anthropic.api-key", Fixtures.FAKE_KEY));

        model.chat(Fixtures.question("One"));
        model.chat(Fixtures.question("Two"));

        assertThat(sleeper.waits).as("50 requests in 2 s: one every 40 ms").containsExactly(Duration.ofMillis(40));
    }

    @Test
    void retryAfterMsIsWaitedExactly() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).inScenario("limit").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("retry-after-ms", "250")
                        .withBody("{\"error\":{\"message\":\"scripted rate limit\"}}"))
                .willSetStateTo("open"));
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).inScenario("limit").whenScenarioStateIs("open")
                .willReturn(openAiReply()));

        openAi().chat(Fixtures.question("Ready?"));

        assertThat(sleeper.waits).containsExactly(Duration.ofMillis(250));
    }
}
