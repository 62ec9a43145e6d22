package io.github.personagym.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real Anthropic and Gemini clients against scripted replies of their protocols on 127.0.0.1. */
class OtherProvidersExchangeTest {

    @RegisterExtension
    static final WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private final Fixtures.RecordingSleeper sleeper = new Fixtures.RecordingSleeper();

    private ChatModel model(String spec, Map<String, String> config) {
        ModelAccess access = new ModelAccess(Fixtures.config(config), Fixtures::noEnvironment, sleeper, Fixtures.CLOCK);
        return access.model(ModelSpec.parse(spec)).orElseThrow();
    }

    @Test
    void anthropicExchangeGoesThroughTheMessagesApi() {
        server.stubFor(post(urlEqualTo("/v1/messages")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody(Fixtures.resource("scripted/anthropic-message.json"))));

        ChatResponse response = model("anthropic:claude-scripted", Map.of("personagym.mode", "live",
                "personagym.anthropic.base-url", server.baseUrl() + "/v1/",
                "personagym.anthropic.api-key", Fixtures.FAKE_KEY)).chat(Fixtures.question("Ahoy?"));

        assertThat(response.aiMessage().text()).isEqualTo("Scripted reply from the Anthropic stub.");
        assertThat(response.tokenUsage().outputTokenCount()).isEqualTo(7);
        server.verify(postRequestedFor(urlEqualTo("/v1/messages"))
                .withHeader("x-api-key", equalTo(Fixtures.FAKE_KEY))
                .withRequestBody(matchingJsonPath("$.model", equalTo("claude-scripted")))
                .withRequestBody(matchingJsonPath("$.messages[0].content[0].text", equalTo("Ahoy?"))));
    }

    @Test
    void anthropicRateLimitIsRetriedAfterTheAskedWait() {
        server.stubFor(post(urlEqualTo("/v1/messages")).inScenario("limit").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")
                        .withBody("{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"scripted\"}}"))
                .willSetStateTo("open"));
        server.stubFor(post(urlEqualTo("/v1/messages")).inScenario("limit").whenScenarioStateIs("open")
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(Fixtures.resource("scripted/anthropic-message.json"))));

        model("anthropic:claude-scripted", Map.of("personagym.mode", "live",
                "personagym.anthropic.base-url", server.baseUrl() + "/v1/",
                "personagym.anthropic.api-key", Fixtures.FAKE_KEY)).chat(Fixtures.question("Ahoy?"));

        assertThat(sleeper.waits).containsExactly(java.time.Duration.ofSeconds(2));
    }

    @Test
    void geminiExchangeGoesThroughGenerateContent() {
        server.stubFor(post(urlPathEqualTo("/v1beta/models/gemini-scripted:generateContent")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody(Fixtures.resource("scripted/gemini-generate-content.json"))));

        ChatResponse response = model("gemini:gemini-scripted", Map.of("personagym.mode", "live",
                "personagym.gemini.base-url", server.baseUrl() + "/v1beta",
                "personagym.gemini.api-key", Fixtures.FAKE_KEY)).chat(Fixtures.question("Ahoy?"));

        assertThat(response.aiMessage().text()).isEqualTo("Scripted reply from the Gemini stub.");
        assertThat(response.tokenUsage().inputTokenCount()).isEqualTo(11);
        server.verify(postRequestedFor(urlPathEqualTo("/v1beta/models/gemini-scripted:generateContent"))
                .withHeader("x-goog-api-key", equalTo(Fixtures.FAKE_KEY)));
    }

    @Test
    void anthropicWithoutKeyIsNotConfiguredAndSaysWhichKeyToSet() {
        assertThatThrownBy(() -> ChatModels.create(ModelSpec.parse("anthropic:claude-scripted"),
                Fixtures.config(Map.of()), Fixtures::noEnvironment))
                .hasMessageContaining("personagym.anthropic.api-key")
                .hasMessageContaining("ANTHROPIC_API_KEY");
    }
}
