package io.github.personagym.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.langchain4j.model.chat.ChatModel;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Retries through the real OpenAI client: what is retried, how long it waits, and how it gives up. */
class RetryingChatModelTest {

    @RegisterExtension
    static final WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private final Fixtures.RecordingSleeper sleeper = new Fixtures.RecordingSleeper();

    private ChatModel model(Map<String, String> extra) {
        Map<String, String> config = new HashMap<>(Map.of(
                "personagym.mode", "live",
                "personagym.openai.base-url", server.baseUrl() + "/v1",
                "personagym.openai.api-key", Fixtures.FAKE_KEY));
        config.putAll(extra);
        ModelAccess access = new ModelAccess(Fixtures.config(config), Fixtures::noEnvironment, sleeper, Fixtures.CLOCK);
        return access.model(ModelSpec.parse("openai:gpt-scripted")).orElseThrow();
    }

    private static ResponseDefinitionBuilder ok() {
        return aResponse().withHeader("Content-Type", "application/json")
                .withBody(Fixtures.resource("scripted/openai-chat-completion.json"));
    }

    private static ResponseDefinitionBuilder error(int status) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"scripted failure " + status + "\"}}");
    }

    private static void replies(List<ResponseDefinitionBuilder> replies) {
        String state = STARTED;
        for (int i = 0; i < replies.size(); i++) {
            String next = i == replies.size() - 1 ? state : "reply " + (i + 1);
            server.stubFor(post(urlEqualTo("/v1/chat/completions")).inScenario("replies")
                    .whenScenarioStateIs(state).willReturn(replies.get(i)).willSetStateTo(next));
            state = next;
        }
    }

    @Test
    void rateLimitWaitsAsLongAsRetryAfterSaysThenSucceeds() {
        replies(List.of(error(429).withHeader("Retry-After", "1"), ok()));

        String text = model(Map.of()).chat(Fixtures.question("Ready?")).aiMessage().text();

        assertThat(text).startsWith("Scripted reply");
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(1));
        assertThat(server.getAllServeEvents()).hasSize(2);
    }

    @Test
    void retryAfterAsAnHttpDateIsHonoured() {
        replies(List.of(error(503).withHeader("Retry-After", "Wed, 01 Jan 2025 12:00:07 GMT"), ok()));

        model(Map.of()).chat(Fixtures.question("Ready?"));

        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void serverErrorsAreRetriedWithGrowingBackoff() {
        replies(List.of(error(500), error(500), ok()));

        String text = model(Map.of()).chat(Fixtures.question("Ready?")).aiMessage().text();

        assertThat(text).startsWith("Scripted reply");
        assertThat(server.getAllServeEvents()).hasSize(3);
        assertThat(sleeper.waits).hasSize(2);
        assertThat(sleeper.waits.get(0)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(sleeper.waits.get(1)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void aRequestThatMetAConnectionTheServerHadClosedIsSentAgainAtOnce() {
        replies(List.of(aResponse().withFault(Fault.EMPTY_RESPONSE), ok()));

        String text = model(Map.of()).chat(Fixtures.question("Ready?")).aiMessage().text();

        assertThat(text).startsWith("Scripted reply");
        assertThat(server.getAllServeEvents()).hasSize(2);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void aSecondClosedConnectionInOneCallWaitsLikeAnyBrokenExchange() {
        replies(List.of(aResponse().withFault(Fault.EMPTY_RESPONSE), aResponse().withFault(Fault.EMPTY_RESPONSE), ok()));

        String text = model(Map.of()).chat(Fixtures.question("Ready?")).aiMessage().text();

        assertThat(text).startsWith("Scripted reply");
        assertThat(server.getAllServeEvents()).hasSize(3);
        assertThat(sleeper.waits).hasSize(1);
        assertThat(sleeper.waits.get(0)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void aConnectionClosedWithoutAReplyAfterAWhileMayHaveBeenReadSoItWaitsLikeAnyBrokenExchange() {
        replies(List.of(aResponse().withFault(Fault.EMPTY_RESPONSE).withFixedDelay(1_200), ok()));

        String text = model(Map.of()).chat(Fixtures.question("Ready?")).aiMessage().text();

        assertThat(text).startsWith("Scripted reply");
        assertThat(sleeper.waits).hasSize(1);
        assertThat(sleeper.waits.get(0)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void aServerThatClosesEveryConnectionFailsAfterMaxAttemptsSayingSo() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        assertThatThrownBy(() -> model(Map.of("personagym.retry.max-attempts", "3")).chat(Fixtures.question("Ready?")))
                .isInstanceOf(ModelCallException.class)
                .hasMessageContaining("3 attempts")
                .hasMessageContaining("the server closed the connection before any byte of reply");
        assertThat(server.getAllServeEvents()).hasSize(3);
        assertThat(sleeper.waits).hasSize(1);
    }

    @Test
    void persistentServerErrorFailsAfterMaxAttemptsNamingSpecStatusAndMessage() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(error(500)));

        assertThatThrownBy(() -> model(Map.of("personagym.retry.max-attempts", "3")).chat(Fixtures.question("Ready?")))
                .isInstanceOfSatisfying(ModelCallException.class, e -> {
                    assertThat(e.attempts()).isEqualTo(3);
                    assertThat(e.lastStatus()).hasValue(500);
                })
                .hasMessageContaining("openai:gpt-scripted")
                .hasMessageContaining("3 attempts")
                .hasMessageContaining("scripted failure 500");
        assertThat(server.getAllServeEvents()).hasSize(3);
    }

    @Test
    void unauthorizedIsNotRetriedAndTheKeyStaysOutOfTheMessage() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":{\"message\":\"Incorrect API key provided: " + Fixtures.FAKE_KEY + "\"}}")));

        assertThatThrownBy(() -> model(Map.of()).chat(Fixtures.question("Ready?")))
                .isInstanceOfSatisfying(ModelCallException.class, e -> {
                    assertThat(e.attempts()).isEqualTo(1);
                    assertThat(e.lastStatus()).hasValue(401);
                    assertThat(e.getCause()).isNull();
                })
                .hasMessageContaining("HTTP 401")
                .hasMessageNotContaining(Fixtures.FAKE_KEY);
        assertThat(server.getAllServeEvents()).hasSize(1);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void badRequestIsNotRetried() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(error(400)));

        assertThatThrownBy(() -> model(Map.of()).chat(Fixtures.question("Ready?")))
                .isInstanceOf(ModelCallException.class)
                .hasMessageContaining("1 attempt ");
        assertThat(server.getAllServeEvents()).hasSize(1);
    }

    @Test
    void timeoutIsRetriedThenReportedAsAnError() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(ok().withFixedDelay(2_000)));

        assertThatThrownBy(() -> model(Map.of("personagym.timeout", "0.3", "personagym.retry.max-attempts", "2"))
                .chat(Fixtures.question("Ready?")))
                .isInstanceOfSatisfying(ModelCallException.class, e -> assertThat(e.lastStatus()).isEmpty())
                .hasMessageContaining("2 attempts")
                .hasMessageContaining("timed out");
        assertThat(server.getAllServeEvents()).hasSize(2);
        assertThat(sleeper.waits).hasSize(1);
    }

    @Test
    void retryAfterLongerThanWeWaitGivesUpAtOnce() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(error(429).withHeader("Retry-After", "3600")));

        assertThatThrownBy(() -> model(Map.of()).chat(Fixtures.question("Ready?")))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("asked to wait 3600 s");
        assertThat(sleeper.waits).isEmpty();
        assertThat(server.getAllServeEvents()).hasSize(1);
    }
}
