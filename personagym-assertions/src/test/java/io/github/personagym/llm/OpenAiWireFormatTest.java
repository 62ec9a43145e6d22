package io.github.personagym.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the OpenAI client sends and what the tests script as OpenAI's replies, checked against OpenAI's published
 * API description: {@code CreateChatCompletionRequest} and {@code CreateChatCompletionResponse}.
 */
class OpenAiWireFormatTest {

    @RegisterExtension
    static final WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    @ParameterizedTest
    @ValueSource(strings = {"scripted/openai-chat-completion.json", "scripted/openai-json-verdict.json"})
    void aScriptedCompletionIsAResponseOpenAiSends(String resource) {
        assertThat(OpenAiApiDescription.require().responseProblems(Fixtures.resource(resource))).isEmpty();
    }

    @Test
    void aPlainChatAndAStructuredOutputRequestAreRequestsOpenAiAccepts() {
        var api = OpenAiApiDescription.require();
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody(Fixtures.resource("scripted/openai-json-verdict.json"))));
        ChatModel model = model();

        model.chat(Fixtures.question("When does the tide turn?"));
        model.chat(ChatRequest.builder().messages(Fixtures.question("Score this answer.").messages())
                .responseFormat(OpenAiExchangeTest.verdictFormat()).build());

        List<LoggedRequest> requests = server.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions")));
        assertThat(requests).hasSize(2).allSatisfy(request ->
                assertThat(api.requestProblems(request.getBodyAsString())).as(request.getBodyAsString()).isEmpty());
        var structured = OpenAiApiDescription.tree(requests.get(1).getBodyAsString()).at("/response_format/json_schema");
        assertThat(structured.path("strict").asBoolean()).as("strict structured output").isTrue();
        assertThat(structured.at("/schema/additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void aRequestOpenAiWouldRefuseIsCaught() {
        var api = OpenAiApiDescription.require();

        assertThat(api.requestProblems("{\"model\": \"gpt-4o-mini\", \"messages\": []}")).isNotEmpty();
        assertThat(api.requestProblems("{\"model\": \"gpt-4o-mini\", \"messages\": [{\"role\": \"captain\", "
                + "\"content\": \"Ahoy\"}]}")).isNotEmpty();
        assertThat(api.requestProblems("{\"model\": \"gpt-4o-mini\", \"messages\": [{\"role\": \"user\", "
                + "\"content\": \"Ahoy\"}], \"response_format\": {\"type\": \"json_schema\", \"json_schema\": "
                + "{\"name\": \"verdicts\", \"strictly\": true}}}"))
                .containsExactly("/response_format/json_schema/strictly: not a member the API description declares");
    }

    private ChatModel model() {
        ModelAccess access = new ModelAccess(Fixtures.config(Map.of(
                "personagym.mode", "live",
                "personagym.openai.base-url", server.baseUrl() + "/v1",
                "personagym.openai.api-key", Fixtures.FAKE_KEY)), Fixtures::noEnvironment,
                new Fixtures.RecordingSleeper(), Fixtures.CLOCK);
        return access.model(ModelSpec.parse("openai:gpt-4o-mini")).orElseThrow();
    }
}
