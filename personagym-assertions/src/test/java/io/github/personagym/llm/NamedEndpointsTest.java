package io.github.personagym.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.personagym.config.Configuration;
import io.github.personagym.config.KeyCheck;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Named OpenAI-compatible endpoints ({@code personagym.endpoints.<name>.*}): two judges on two local servers, as the
 * paper's judge pair would be (OpenAI for one, a vLLM or Groq server for the other), each call sent to its own
 * server with its own key. The servers serve SCRIPTED replies.
 */
class NamedEndpointsTest {

    @RegisterExtension
    static final WireMockExtension alpha = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();
    @RegisterExtension
    static final WireMockExtension beta = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    /** Shaped like no known key, so only the endpoint's own redaction can hide it. */
    private static final String ALPHA_KEY = "alphaSECRETnotKeyShaped0123";

    @TempDir
    Path recordings;

    private Configuration configuration() {
        return Fixtures.config(Map.of(
                "personagym.mode", "live",
                "personagym.recordings.dir", recordings.toString(),
                "personagym.endpoints.alpha.base-url", alpha.baseUrl() + "/v1",
                "personagym.endpoints.alpha.api-key-env", "ALPHA_KEY",
                "personagym.endpoints.beta.base-url", beta.baseUrl() + "/v1"));
    }

    private static Optional<String> environment(String name) {
        return name.equals("ALPHA_KEY") ? Optional.of(ALPHA_KEY) : Optional.empty();
    }

    private static void replies(WireMockExtension server, String text) {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody(Fixtures.resource("scripted/openai-chat-completion.json")
                        .replace("Scripted reply: aye, the tide turns at dawn.", text))));
    }

    @Test
    void eachJudgeOfTheListIsCalledOnItsOwnServerWithItsOwnKey() {
        replies(alpha, "from alpha");
        replies(beta, "from beta");
        Configuration configuration = configuration();
        var access = new ModelAccess(configuration, NamedEndpointsTest::environment, new Fixtures.RecordingSleeper(),
                Fixtures.CLOCK);

        var specs = ModelSpec.parseList("alpha:gpt-4o, beta:llama-3-70b", "personagym.judges", configuration);
        String first = access.model(specs.get(0)).orElseThrow().chat(Fixtures.question("Q1")).aiMessage().text();
        String second = access.model(specs.get(1)).orElseThrow().chat(Fixtures.question("Q2")).aiMessage().text();

        assertThat(specs).extracting(ModelSpec::toString).containsExactly("alpha:gpt-4o", "beta:llama-3-70b");
        assertThat(first).isEqualTo("from alpha");
        assertThat(second).isEqualTo("from beta");
        alpha.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer " + ALPHA_KEY))
                .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o"))));
        beta.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("llama-3-70b"))));
        assertThat(beta.getAllServeEvents()).singleElement().satisfies(event ->
                assertThat(event.getRequest().getHeader("Authorization")).doesNotContain(ALPHA_KEY));
        assertThat(alpha.getAllServeEvents()).hasSize(1);
    }

    @Test
    void anEndpointsKeyIsRedactedAndItsKeysAreKnown() {
        Configuration configuration = configuration();

        assertThat(Redaction.of(configuration, NamedEndpointsTest::environment).redact("key " + ALPHA_KEY))
                .doesNotContain(ALPHA_KEY);
        assertThat(Redaction.of(Fixtures.config(Map.of()), NamedEndpointsTest::environment).redact("key " + ALPHA_KEY))
                .as("without the endpoint the value is no known key").contains(ALPHA_KEY);
        var fromEnvironment = Configuration.environment(Map.of(
                "PERSONAGYM_ENDPOINTS_ALPHA_BASE_URL", "http://127.0.0.1:1/v1",
                "PERSONAGYM_ENDPOINTS_ALPHA_API_KEY_ENV", "ALPHA_KEY"));
        assertThat(Redaction.of(fromEnvironment, NamedEndpointsTest::environment).redact("key " + ALPHA_KEY))
                .as("an endpoint set through environment variables").doesNotContain(ALPHA_KEY);
        assertThat(KeyCheck.check(Fixtures.config(Map.of("personagym.endpoints.groq.base-url", "http://x",
                "personagym.endpoints.groq.api-key-env", "GROQ_API_KEY")))).isEmpty();
        assertThat(KeyCheck.check(Fixtures.config(Map.of("personagym.endpoint.groq.base-url", "http://x"))))
                .as("a misspelt endpoint key is unknown").hasSize(1);
        assertThat(KeyCheck.check(Fixtures.config(Map.of("personagym.endpoints.openai.base-url", "http://x"))))
                .as("a provider's name cannot name an endpoint").hasSize(1);
    }

    @Test
    void aNameThatIsNoEndpointIsStillAnErrorThatSuggestsAProvider() {
        Configuration configuration = configuration();

        assertThat(ModelSpec.parse("openai:gpt-4o", "personagym.judges", configuration).named()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        ModelSpec.parse("gamma:gpt-4o", "personagym.judges", configuration))
                .hasMessageContaining("personagym.judges").hasMessageContaining("Not a model spec");
    }

    @Test
    void anEndpointWithoutAServerSaysWhichKeyToSet() {
        var configuration = Fixtures.config(Map.of("personagym.mode", "live",
                "personagym.recordings.dir", recordings.toString()));
        var access = new ModelAccess(configuration, Fixtures::noEnvironment, new Fixtures.RecordingSleeper(),
                Fixtures.CLOCK);
        var spec = new ModelSpec(ModelSpec.Provider.OPENAI, "m", "gamma");

        assertThat(access.unavailableReason(spec)).hasValueSatisfying(reason ->
                assertThat(reason).contains("gamma").contains("personagym.endpoints.gamma.base-url"));
    }

    @Test
    void anEndpointWhoseKeyVariableIsUnsetIsNotCalledAndSaysWhichVariableToSet() {
        var access = new ModelAccess(configuration(), Fixtures::noEnvironment, new Fixtures.RecordingSleeper(),
                Fixtures.CLOCK);
        var spec = ModelSpec.parse("alpha:gpt-4o", "personagym.judges", configuration());

        assertThat(access.canCall(spec)).isFalse();
        assertThat(access.unavailableReason(spec)).hasValueSatisfying(reason ->
                assertThat(reason).contains("ALPHA_KEY").contains("personagym.endpoints.alpha.api-key-env"));
        assertThat(access.providerVariable(spec)).isEqualTo("ALPHA_KEY");
        assertThat(access.canCall(ModelSpec.parse("beta:llama", "personagym.judges", configuration())))
                .as("an endpoint that names no key variable needs none").isTrue();
    }
}
