package io.github.personagym.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.langchain4j.model.chat.ChatModel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The adaptive limit per provider, as wired into {@link ModelAccess}, against SCRIPTED replies. */
class ConcurrencyLimitTest {

    @RegisterExtension
    static final WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(40))
            .build();

    private static void reply(int status, int delayMillis) {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(status)
                .withFixedDelay(delayMillis)
                .withHeader("Content-Type", "application/json")
                .withHeader("Retry-After", "0")
                .withBody(status == 200 ? Fixtures.resource("scripted/openai-chat-completion.json")
                        : "{\"error\":{\"message\":\"scripted rate limit\"}}")));
    }

    @Test
    void allModelsOfOneProviderShareOneLimitOfConfiguredSize() {
        reply(200, 150);
        ModelAccess access = WireMockCalls.access(server, Map.of("personagym.concurrency", "3"));
        List<ChatModel> models = List.of(access.model(ModelSpec.parse("openai:judge-a")).orElseThrow(),
                access.model(ModelSpec.parse("openai:judge-b")).orElseThrow());

        List<Object> replies = WireMockCalls.atOnce(12, n -> models.get(n % 2), n -> "Question " + n);

        assertThat(replies).allSatisfy(reply -> assertThat(reply).isInstanceOf(String.class));
        assertThat(access.limit("openai").peak()).isEqualTo(3);
        assertThat(server.getAllServeEvents()).hasSize(12);
    }

    @Test
    void aBurstOf429sHalvesTheLimitOnceAndSuccessesGrowItBack() {
        reply(429, 200);
        ModelAccess access = WireMockCalls.access(server, Map.of("personagym.concurrency", "8",
                "personagym.retry.max-attempts", "1"));
        ChatModel model = access.model(ModelSpec.parse("openai:judge")).orElseThrow();

        List<Object> failures = WireMockCalls.atOnce(8, n -> model, n -> "Burst " + n);

        assertThat(failures).allSatisfy(reply -> assertThat(reply).isInstanceOf(ModelCallException.class));
        assertThat(access.limit("openai").limit()).isEqualTo(4);

        reply(200, 0);
        for (int i = 0; i < ModelAccess.SUCCESSES_TO_GROW; i++) {
            model.chat(Fixtures.question("Calm " + i));
        }
        assertThat(access.limit("openai").limit()).isEqualTo(5);
    }

    @Test
    void anUnreadableRetryAfterNeverLosesASlot() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json")
                .withHeader("Retry-After", "99999999999999999999")
                .withBody("{\"error\":{\"message\":\"scripted rate limit\"}}")));
        ModelAccess access = WireMockCalls.access(server, Map.of("personagym.concurrency", "2",
                "personagym.retry.max-attempts", "1"));
        ChatModel model = access.model(ModelSpec.parse("openai:judge")).orElseThrow();

        List<Object> failures = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20), () -> WireMockCalls.atOnce(2, n -> model, n -> "Overflow " + n));

        assertThat(failures).allSatisfy(reply -> assertThat(reply).isInstanceOf(ProviderUnavailableException.class));
        // both calls held a slot; a lost slot would stay counted in flight and block later calls for good
        assertThat(access.limit("openai").inFlight()).as("slots given back").isZero();
    }

    @Test
    void providersHaveLimitsOfTheirOwn() {
        ModelAccess access = WireMockCalls.access(server, Map.of());

        assertThat(access.limit("openai")).isSameAs(access.limit("openai")).isNotSameAs(access.limit("anthropic"));
        assertThat(access.limit("openai").maximum()).isEqualTo(io.github.personagym.config.ConfigKeys.DEFAULT_CONCURRENCY);
    }
}
