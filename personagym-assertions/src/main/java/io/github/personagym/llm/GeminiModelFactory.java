package io.github.personagym.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;

/** Loaded by name only: {@code langchain4j-google-ai-gemini} is an optional dependency. */
final class GeminiModelFactory implements ProviderModelFactory {

    @Override
    public ChatModel build(String model, ProviderSettings settings, ProviderPacer pacer) {
        GoogleAiGeminiChatModel.GoogleAiGeminiChatModelBuilder builder = GoogleAiGeminiChatModel.builder()
                .modelName(model)
                .apiKey(settings.apiKey().orElseThrow())
                .timeout(settings.timeout())
                .maxRetries(0)
                .httpClientBuilder(StatusKeepingHttpClient.builder(settings.timeout(), pacer));
        settings.baseUrl().ifPresent(builder::baseUrl);
        return builder.build();
    }
}
