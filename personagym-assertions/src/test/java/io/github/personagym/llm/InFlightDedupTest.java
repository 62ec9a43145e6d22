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

/** Identical requests in flight at once are made once; their callers share the reply or the failure. */
class InFlightDedupTest {

    @RegisterExtension
    static final WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private static void reply(int status) {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(status)
                .withFixedDelay(300)
                .withHeader("Content-Type", "application/json")
                .withBody(status == 200 ? Fixtures.resource("scripted/openai-chat-completion.json")
                        : "{\"error\":{\"message\":\"scripted failure\"}}")));
    }

    @Test
    void identicalRequestsInFlightTogetherReachTheServerOnce() {
        reply(200);
        ModelAccess access = WireMockCalls.access(server, Map.of());
        ChatModel model = access.model(ModelSpec.parse("openai:judge")).orElseThrow();

        List<Object> replies = WireMockCalls.atOnce(6, n -> model, n -> "The same question");

        assertThat(replies).hasSize(6).allSatisfy(reply -> assertThat(reply).asString().startsWith("Scripted reply"));
        assertThat(server.getAllServeEvents()).hasSize(1);
        assertThat(access.usage().of("openai:judge").calls()).isEqualTo(1);
    }

    @Test
    void callersOfAnIdenticalRequestShareItsFailure() {
        reply(400);
        ModelAccess access = WireMockCalls.access(server, Map.of());
        ChatModel model = access.model(ModelSpec.parse("openai:judge")).orElseThrow();

        List<Object> replies = WireMockCalls.atOnce(4, n -> model, n -> "The same question");

        assertThat(replies).allSatisfy(reply -> assertThat(reply).isInstanceOf(ModelCallException.class));
        assertThat(server.getAllServeEvents()).hasSize(1);
    }

    @Test
    void differentRequestsAreEachMade() {
        reply(200);
        ModelAccess access = WireMockCalls.access(server, Map.of());
        ChatModel model = access.model(ModelSpec.parse("openai:judge")).orElseThrow();

        WireMockCalls.atOnce(4, n -> model, n -> "Question " + (n % 2));

        assertThat(server.getAllServeEvents()).hasSize(2);
    }
}
