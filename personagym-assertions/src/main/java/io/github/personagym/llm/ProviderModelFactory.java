package io.github.personagym.llm;

import dev.langchain4j.model.chat.ChatModel;

/**
 * Builds one provider's LangChain4j client, on a {@link StatusKeepingHttpClient} that paces its requests with
 * {@code pacer}. Implementations for optional providers are loaded by name, so that their classes (and the
 * provider's jar) are touched only when a spec names that provider.
 */
interface ProviderModelFactory {

    ChatModel build(String model, ProviderSettings settings, ProviderPacer pacer);
}
