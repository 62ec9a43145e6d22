package io.github.personagym.llm;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import dev.langchain4j.model.chat.ChatModel;
import io.github.personagym.config.Configuration;
import io.github.personagym.llm.ModelSpec.Provider;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the LangChain4j client a {@link ModelSpec} names, from configuration and the provider's usual
 * environment variables. Clients are built with their own retries off ({@link RetryingChatModel} retries,
 * honouring {@code Retry-After}) and the timeout of {@code personagym.timeout}.
 */
@API(status = INTERNAL, since = "0.1")
public final class ChatModels {

    private ChatModels() {
    }

    /**
     * The provider's client for {@code spec}. Fails with a clear message for {@code offline}, for a provider
     * without a key (Ollama needs none) and for an optional provider whose jar is missing.
     */
    public static ChatModel create(ModelSpec spec, Configuration configuration) {
        return create(spec, configuration, ChatModels::environment);
    }


    static ChatModel create(ModelSpec spec, Configuration configuration, Function<String, Optional<String>> env) {
        return create(spec, configuration, env, ProviderPacer.NONE);
    }

    /** The client for {@code spec}, its requests paced by the provider's limit headers through {@code pacer}. */
    static ChatModel create(ModelSpec spec, Configuration configuration, Function<String, Optional<String>> env,
            ProviderPacer pacer) {
        ProviderSettings settings = ProviderSettings.resolve(spec, configuration, env);
        if (!settings.configured() && spec.provider() != Provider.OLLAMA && !spec.isOffline()) {
            throw new IllegalStateException("Cannot call " + spec + ": " + spec.route()
                    + " is not configured; " + settings.howToConfigure());
        }
        return client(spec.provider()).build(spec.model(), settings, pacer);
    }

    static ProviderSettings settings(Provider provider, Configuration configuration,
            Function<String, Optional<String>> env) {
        return ProviderSettings.resolve(provider, configuration, env);
    }

    static ProviderModelFactory client(Provider provider) {
        return switch (provider) {
            case OPENAI, OLLAMA -> new OpenAiModelFactory();
            case ANTHROPIC -> load("AnthropicModelFactory", "dev.langchain4j.model.anthropic.AnthropicChatModel",
                    "langchain4j-anthropic");
            case GEMINI -> load("GeminiModelFactory", "dev.langchain4j.model.googleai.GoogleAiGeminiChatModel",
                    "langchain4j-google-ai-gemini");
            case OFFLINE -> throw new IllegalArgumentException(
                    "'offline' names the in-process judge, not a chat model; judges handle it themselves");
        };
    }

    static ProviderModelFactory load(String clientClass, String requiredClass, String artifact) {
        requireOnClasspath(requiredClass, artifact);
        try {
            return (ProviderModelFactory) Class.forName(ChatModels.class.getPackageName() + "." + clientClass)
                    .getDeclaredConstructor()
                    .newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot load " + clientClass, e);
        }
    }

    static void requireOnClasspath(String requiredClass, String artifact) {
        try {
            Class.forName(requiredClass, false, ChatModels.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("The model spec needs " + requiredClass + ", which is not on the "
                    + "classpath. Add the Maven dependency dev.langchain4j:" + artifact
                    + " (version as langchain4j-core) to your test dependencies.", e);
        }
    }

    private static Optional<String> environment(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }
}
