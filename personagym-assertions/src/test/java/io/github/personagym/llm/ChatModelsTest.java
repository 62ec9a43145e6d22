package io.github.personagym.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.personagym.llm.ModelSpec.Provider;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChatModelsTest {

    private static ProviderSettings settings(Provider provider, Map<String, String> config, Map<String, String> env) {
        return ChatModels.settings(provider, Fixtures.config(config), name -> Optional.ofNullable(env.get(name)));
    }

    @Test
    void openAiKeyAndBaseUrlFallBackToTheUsualEnvironmentVariables() {
        ProviderSettings settings = settings(Provider.OPENAI, Map.of(),
                Map.of("OPENAI_API_KEY", "from-env", "OPENAI_BASE_URL", "http://127.0.0.1:9/v1"));

        assertThat(settings.apiKey()).hasValue("from-env");
        assertThat(settings.baseUrl()).hasValue("http://127.0.0.1:9/v1");
        assertThat(settings.configured()).isTrue();
    }

    @Test
    void ourKeysWinOverTheEnvironment() {
        ProviderSettings settings = settings(Provider.OPENAI, Map.of("personagym.openai.api-key", "from-config"),
                Map.of("OPENAI_API_KEY", "from-env"));

        assertThat(settings.apiKey()).hasValue("from-config");
    }

    @Test
    void ollamaHostIsHonouredAndOllamaCountsAsConfiguredOnlyWithABaseUrl() {
        assertThat(settings(Provider.OLLAMA, Map.of(), Map.of()).configured()).isFalse();
        assertThat(settings(Provider.OLLAMA, Map.of(), Map.of("OLLAMA_HOST", "127.0.0.1:11434")).baseUrl())
                .hasValue("http://127.0.0.1:11434");
    }

    @Test
    void geminiFallsBackToGoogleApiKey() {
        assertThat(settings(Provider.GEMINI, Map.of(), Map.of("GOOGLE_API_KEY", "g")).configured()).isTrue();
        assertThat(settings(Provider.ANTHROPIC, Map.of(), Map.of()).configured()).isFalse();
    }

    @Test
    void timeoutIsReadAsSecondsOrIsoDuration() {
        assertThat(settings(Provider.OPENAI, Map.of("personagym.timeout", "90"), Map.of()).timeout())
                .isEqualTo(Duration.ofSeconds(90));
        assertThat(settings(Provider.OPENAI, Map.of("personagym.timeout", "PT2M"), Map.of()).timeout())
                .isEqualTo(Duration.ofMinutes(2));
        assertThat(settings(Provider.OPENAI, Map.of(), Map.of()).timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThatThrownBy(() -> settings(Provider.OPENAI, Map.of("personagym.timeout", "soon"), Map.of()))
                .hasMessageContaining("personagym.timeout");
        assertThatThrownBy(() -> settings(Provider.OPENAI, Map.of("personagym.timeout", "0"), Map.of()))
                .hasMessageContaining("must be a positive duration");
        assertThatThrownBy(() -> settings(Provider.OPENAI, Map.of("personagym.timeout", "PT-1S"), Map.of()))
                .hasMessageContaining("must be a positive duration");
    }

    @Test
    void settingsNeverShowTheKey() {
        assertThat(settings(Provider.OPENAI, Map.of("personagym.openai.api-key", Fixtures.FAKE_KEY), Map.of()))
                .asString().doesNotContain(Fixtures.FAKE_KEY).contains("(set)");
    }

    @Test
    void missingOptionalProviderJarNamesTheArtifactToAdd() {
        assertThatThrownBy(() -> ChatModels.load("AnthropicModelFactory", "dev.langchain4j.model.absent.AbsentChatModel",
                "langchain4j-absent"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dev.langchain4j:langchain4j-absent");
    }

    @Test
    void offlineIsNotAChatModel() {
        assertThatThrownBy(() -> ChatModels.create(ModelSpec.OFFLINE, Fixtures.config(Map.of())))
                .hasMessageContaining("offline");
    }

    @Test
    void retryAfterDateInThePastMeansNoWait() {
        assertThat(RetryPolicy.retryAfter("Tue, 31 Dec 2024 12:00:00 GMT", Fixtures.CLOCK)).hasValue(Duration.ZERO);
        assertThat(RetryPolicy.retryAfter("soon", Fixtures.CLOCK)).isEmpty();
    }
}
