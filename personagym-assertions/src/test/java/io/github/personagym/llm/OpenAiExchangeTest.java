package io.github.personagym.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real langchain4j-open-ai client against scripted OpenAI replies served on 127.0.0.1. */
class OpenAiExchangeTest {

    @RegisterExtension
    static final WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private final Fixtures.RecordingSleeper sleeper = new Fixtures.RecordingSleeper();

    private ChatModel model() {
        ModelAccess access = new ModelAccess(Fixtures.config(Map.of(
                "personagym.mode", "live",
                "personagym.openai.base-url", server.baseUrl() + "/v1",
                "personagym.openai.api-key", Fixtures.FAKE_KEY)), Fixtures::noEnvironment, sleeper, Fixtures.CLOCK);
        return access.model(ModelSpec.parse("openai:gpt-scripted")).orElseThrow();
    }

    @Test
    void plainChatExchangeReturnsTheRepliedTextAndUsage() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(Fixtures.resource("scripted/openai-chat-completion.json"))));

        ChatResponse response = model().chat(Fixtures.question("When does the tide turn?"));

        assertThat(response.aiMessage().text()).isEqualTo("Scripted reply: aye, the tide turns at dawn.");
        assertThat(response.tokenUsage().inputTokenCount()).isEqualTo(21);
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer " + Fixtures.FAKE_KEY))
                .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-scripted")))
                .withRequestBody(matchingJsonPath("$.temperature", equalTo("0.0")))
                .withRequestBody(matchingJsonPath("$.messages[1].content", equalTo("When does the tide turn?"))));
    }

    @Test
    void jsonSchemaResponseFormatIsSentAsStructuredOutput() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(Fixtures.resource("scripted/openai-json-verdict.json"))));
        ChatRequest request = ChatRequest.builder()
                .messages(Fixtures.question("Score this answer.").messages())
                .responseFormat(verdictFormat())
                .build();

        ChatResponse response = model().chat(request);

        assertThat(response.aiMessage().text()).contains("\"score\": 4");
        server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.name", equalTo("verdict")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.schema.properties.score.type",
                        equalTo("integer"))));
    }

    @Test
    void garbledBodyIsAskedAgainThenAnErrorNotAResponse() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(Fixtures.resource("broken/garbled.html"))));

        assertThatThrownBy(() -> model().chat(Fixtures.question("Anyone aboard?")))
                .isInstanceOf(ModelCallException.class)
                .hasMessageContaining("openai:gpt-scripted")
                .hasMessageContaining("not a readable chat response");
        // a garbled 200 is usually a dropped connection: asked again within the attempts, then an error
        assertThat(server.getAllServeEvents()).hasSize(RetryPolicy.DEFAULT_MAX_ATTEMPTS);
    }

    @Test
    void truncatedBodyIsAnErrorNotAResponse() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(Fixtures.resource("broken/truncated.json"))));

        assertThatThrownBy(() -> model().chat(Fixtures.question("Anyone aboard?")))
                .isInstanceOf(ModelCallException.class)
                .hasMessageContaining("not a readable chat response");
    }

    static ResponseFormat verdictFormat() {
        return ResponseFormat.builder()
                .type(ResponseFormatType.JSON)
                .jsonSchema(JsonSchema.builder()
                        .name("verdict")
                        .rootElement(JsonObjectSchema.builder()
                                .addIntegerProperty("score")
                                .addStringProperty("reasoning")
                                .required("score", "reasoning")
                                .build())
                        .build())
                .build();
    }
}
