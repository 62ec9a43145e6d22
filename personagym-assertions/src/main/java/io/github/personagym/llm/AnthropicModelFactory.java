package io.github.personagym.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;

/** Loaded by name only: {@code langchain4j-anthropic} is an optional dependency. */
final class AnthropicModelFactory implements ProviderModelFactory {

    @Override
    public ChatModel build(String model, ProviderSettings settings, ProviderPacer pacer) {
        AnthropicChatModel.AnthropicChatModelBuilder builder = AnthropicChatModel.builder()
                .modelName(model)
                .apiKey(settings.apiKey().orElseThrow())
                .timeout(settings.timeout())
                .maxRetries(0)
                .httpClientBuilder(StatusKeepingHttpClient.builder(settings.timeout(), pacer));
        settings.baseUrl().ifPresent(builder::baseUrl);
        return builder.build();
    }
}
