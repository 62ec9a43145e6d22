package io.github.personagym.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.langchain4j.model.chat.ChatModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a provider outage does to the calls of a run, through {@link ModelAccess} and the real OpenAI client:
 * a provider asking for a longer wait than a run waits, and a dead endpoint (a closed port on 127.0.0.1).
 */
class ProviderOutageTest {

    @RegisterExtension
    static final WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private final Fixtures.RecordingSleeper sleeper = new Fixtures.RecordingSleeper();

    private ModelAccess access(String baseUrl, Map<String, String> extra) {
        Map<String, String> config = new HashMap<>(Map.of(
                "personagym.mode", "live",
                "personagym.openai.base-url", baseUrl,
                "personagym.openai.api-key", Fixtures.FAKE_KEY));
        config.putAll(extra);
        return new ModelAccess(Fixtures.config(config), Fixtures::noEnvironment, sleeper, Fixtures.CLOCK);
    }

    private static void rateLimitedFor(String retryAfter) {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json")
                .withHeader("Retry-After", retryAfter)
                .withBody("{\"error\":{\"message\":\"scripted quota exhausted\"}}")));
    }

    @Test
    void aRetryAfterLongerThanTheCapPausesNoOtherCallAndFailsTheRestAtOnceWithOneMessage() {
        rateLimitedFor("100000");
        ModelAccess access = access(server.baseUrl() + "/v1", Map.of());
        ChatModel judge = access.model(ModelSpec.parse("openai:judge")).orElseThrow();
        ChatModel agent = access.model(ModelSpec.parse("openai:agent")).orElseThrow();

        Throwable first = catchFailure(() -> judge.chat(Fixtures.question("First")));
        Throwable later = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> catchFailure(() -> agent.chat(Fixtures.question("Later"))));

        assertThat(first).isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("openai")
                .hasMessageContaining("100000 s")
                .hasMessageContaining("5m")
                .hasMessageContaining("personagym.retry.max-wait");
        assertThat(later).as("every call of the provider fails with the same message")
                .isInstanceOf(ProviderUnavailableException.class).hasMessage(first.getMessage());
        assertThat(server.getAllServeEvents()).as("the later call is not sent").hasSize(1);
        assertThat(sleeper.waits).isEmpty();
        assertThat(access.outages()).containsExactly(first.getMessage());
    }

    @Test
    void aWaitWithinARaisedCapIsWaitedOut() {
        rateLimitedFor("600");
        ModelAccess access = access(server.baseUrl() + "/v1", Map.of("personagym.retry.max-wait", "PT15M",
                "personagym.retry.max-attempts", "2"));

        assertThatThrownBy(() -> access.model(ModelSpec.parse("openai:judge")).orElseThrow()
                .chat(Fixtures.question("Patient")))
                .isInstanceOf(ModelCallException.class);
        assertThat(sleeper.waits).containsExactly(Duration.ofMinutes(10));
        assertThat(access.outages()).isEmpty();
    }

    @Test
    void aFailedConnectionNamesTheHostItCouldNotReach() {
        int port = closedPort();
        ChatModel model = access("http://127.0.0.1:" + port + "/v1", Map.of("personagym.retry.max-attempts", "2"))
                .model(ModelSpec.parse("openai:judge")).orElseThrow();

        assertThatThrownBy(() -> model.chat(Fixtures.question("Anyone there?")))
                .isInstanceOf(ModelCallException.class)
                .hasMessageContaining("cannot connect to 127.0.0.1:" + port)
                .hasMessageNotContaining("I/O error: java.net.ConnectException");
    }

    @Test
    void aDeadEndpointFailsEveryRemainingCallAtOnceAfterFiveConnectionFailuresInARow() {
        int port = closedPort();
        String baseUrl = "http://127.0.0.1:" + port + "/v1";
        ModelAccess access = access(baseUrl, Map.of());
        ChatModel judge = access.model(ModelSpec.parse("openai:judge")).orElseThrow();
        ChatModel agent = access.model(ModelSpec.parse("openai:agent")).orElseThrow();

        assertThatThrownBy(() -> judge.chat(Fixtures.question("One"))).isInstanceOf(ModelCallException.class);
        assertThat(sleeper.waits).as("four attempts, three backoffs").hasSize(3);
        Throwable opened = catchFailure(() -> agent.chat(Fixtures.question("Two")));
        List<Throwable> rest = List.of(catchFailure(() -> judge.chat(Fixtures.question("Three"))),
                catchFailure(() -> agent.chat(Fixtures.question("Four"))));

        assertThat(ModelAccess.CONNECTION_FAILURES_TO_OPEN).isEqualTo(5);
        assertThat(opened).isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining(baseUrl)
                .hasMessageContaining("5 attempts in a row")
                .hasMessageContaining("personagym.openai.base-url");
        assertThat(rest).allSatisfy(failure -> assertThat(failure).isInstanceOf(ProviderUnavailableException.class)
                .hasMessage(opened.getMessage()));
        assertThat(sleeper.waits).as("no attempt after the fifth failure").hasSize(3);
        assertThat(access.outages()).containsExactly(opened.getMessage());
    }

    private static Throwable catchFailure(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("the call did not fail");
    }

    /** A port on 127.0.0.1 that nothing listens on: bound once by the system, then closed. */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
