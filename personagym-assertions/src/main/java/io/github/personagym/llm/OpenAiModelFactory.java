package io.github.personagym.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.github.personagym.config.ConfigKeys;
import io.github.personagym.llm.ModelSpec.Provider;
import java.util.Optional;

/**
 * OpenAI, any OpenAI-compatible server, and Ollama through its OpenAI-compatible {@code /v1} endpoint. JSON schema
 * replies are asked for with OpenAI's strict structured output ({@code strict: true}): every schema PersonaGym
 * sends closes its objects and requires every property, as strict mode wants (see docs/method.md).
 */
final class OpenAiModelFactory implements ProviderModelFactory {

    // Local OpenAI-compatible servers (Ollama among them) want no key, but the client sends one anyway.
    private static final String PLACEHOLDER_KEY = "no-key";

    @Override
    public ChatModel build(String model, ProviderSettings settings, ProviderPacer pacer) {
        OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder()
                .modelName(model)
                .apiKey(settings.apiKey().orElse(PLACEHOLDER_KEY))
                .timeout(settings.timeout())
                .maxRetries(0)
                .strictJsonSchema(true)
                .httpClientBuilder(StatusKeepingHttpClient.builder(settings.timeout(), pacer));
        baseUrl(settings).ifPresent(builder::baseUrl);
        return builder.build();
    }

    private static Optional<String> baseUrl(ProviderSettings settings) {
        if (settings.provider() != Provider.OLLAMA) {
            return settings.baseUrl();
        }
        String base = stripSlash(settings.baseUrl().orElse(ConfigKeys.DEFAULT_OLLAMA_BASE_URL));
        return Optional.of(base.endsWith("/v1") ? base : base + "/v1");
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
