package io.github.personagym.llm;

import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.Configuration;
import io.github.personagym.llm.ModelSpec.Provider;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where and how to reach one provider: its base URL and API key (from our keys, else the provider's usual
 * environment variables) and the call timeout. {@link #toString()} never shows the key.
 */
record ProviderSettings(Provider provider, Optional<String> baseUrl, Optional<String> apiKey, Duration timeout,
                        String endpointName, Optional<String> keyVariable) {

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    ProviderSettings(Provider provider, Optional<String> baseUrl, Optional<String> apiKey, Duration timeout) {
        this(provider, baseUrl, apiKey, timeout, "", Optional.empty());
    }

    /** The settings of the endpoint that serves {@code spec}: a named endpoint's, else its provider's. */
    static ProviderSettings resolve(ModelSpec spec, Configuration config, Function<String, Optional<String>> env) {
        if (!spec.named()) {
            return resolve(spec.provider(), config, env);
        }
        String name = spec.endpoint();
        Optional<String> keyVariable = config.get(ConfigKeys.endpointApiKeyEnv(name));
        return new ProviderSettings(Provider.OPENAI, config.get(ConfigKeys.endpointBaseUrl(name)),
                keyVariable.flatMap(env), timeout(config), name, keyVariable);
    }

    ProviderSettings(Provider provider, Optional<String> baseUrl, Optional<String> apiKey, Duration timeout,
                     String endpointName) {
        this(provider, baseUrl, apiKey, timeout, endpointName, Optional.empty());
    }

    private boolean named() {
        return !endpointName.isEmpty();
    }

    static ProviderSettings resolve(Provider provider, Configuration config, Function<String, Optional<String>> env) {
        Duration timeout = timeout(config);
        return switch (provider) {
            case OPENAI -> new ProviderSettings(provider,
                    config.get(ConfigKeys.OPENAI_BASE_URL).or(() -> env.apply("OPENAI_BASE_URL")),
                    config.get(ConfigKeys.OPENAI_API_KEY).or(() -> env.apply("OPENAI_API_KEY")), timeout);
            case ANTHROPIC -> new ProviderSettings(provider, config.get(ConfigKeys.ANTHROPIC_BASE_URL),
                    config.get(ConfigKeys.ANTHROPIC_API_KEY).or(() -> env.apply("ANTHROPIC_API_KEY")), timeout);
            case GEMINI -> new ProviderSettings(provider, config.get(ConfigKeys.GEMINI_BASE_URL),
                    config.get(ConfigKeys.GEMINI_API_KEY)
                            .or(() -> env.apply("GEMINI_API_KEY"))
                            .or(() -> env.apply("GOOGLE_API_KEY")), timeout);
            case OLLAMA -> new ProviderSettings(provider, config.get(ConfigKeys.OLLAMA_BASE_URL)
                    .or(() -> env.apply("OLLAMA_HOST").map(ProviderSettings::withScheme)),
                    Optional.empty(), timeout);
            case OFFLINE -> new ProviderSettings(provider, Optional.empty(), Optional.empty(), timeout);
        };
    }

    /** A provider counts as configured when its key is set, or (OpenAI, Ollama) a base URL is. */
    boolean configured() {
        if (named()) {
            // a base URL, and the key when the endpoint names a variable for one (a committed URL, a missing secret)
            return baseUrl.isPresent() && (keyVariable.isEmpty() || apiKey.isPresent());
        }
        return switch (provider) {
            case OPENAI -> apiKey.isPresent() || baseUrl.isPresent();
            case OLLAMA -> baseUrl.isPresent();
            case ANTHROPIC, GEMINI -> apiKey.isPresent();
            case OFFLINE -> false;
        };
    }

    /** Why {@link #configured()} is false, naming the keys and variables that would configure it. */
    String howToConfigure() {
        if (named()) {
            return baseUrl.isEmpty() ? "set " + ConfigKeys.endpointBaseUrl(endpointName) + " (and "
                    + ConfigKeys.endpointApiKeyEnv(endpointName) + " naming the environment variable that holds its key, "
                    + "if it takes one)" : "set the environment variable " + keyVariable.orElse("?") + " ("
                    + ConfigKeys.endpointApiKeyEnv(endpointName) + " names it) to the endpoint's key";
        }
        return switch (provider) {
            case OPENAI -> "set " + ConfigKeys.OPENAI_API_KEY + " (or OPENAI_API_KEY), or "
                    + ConfigKeys.OPENAI_BASE_URL + " (or OPENAI_BASE_URL) for an OpenAI-compatible server";
            case ANTHROPIC -> "set " + ConfigKeys.ANTHROPIC_API_KEY + " (or ANTHROPIC_API_KEY)";
            case GEMINI -> "set " + ConfigKeys.GEMINI_API_KEY + " (or GEMINI_API_KEY / GOOGLE_API_KEY)";
            case OLLAMA -> "set " + ConfigKeys.OLLAMA_BASE_URL + " (or OLLAMA_HOST), e.g. "
                    + ConfigKeys.DEFAULT_OLLAMA_BASE_URL;
            case OFFLINE -> "the offline judge needs no provider";
        };
    }

    /** What to set so that the provider is configured, its usual environment variable first. */
    String whatToSet() {
        if (named()) {
            return baseUrl.isEmpty() ? ConfigKeys.endpointBaseUrl(endpointName) + " (and the variable that "
                    + ConfigKeys.endpointApiKeyEnv(endpointName) + " names, if the endpoint takes a key)"
                    : keyVariable.orElse("?") + " (the variable " + ConfigKeys.endpointApiKeyEnv(endpointName) + " names)";
        }
        return switch (provider) {
            case OPENAI -> "OPENAI_API_KEY (or " + ConfigKeys.OPENAI_API_KEY + "; " + ConfigKeys.OPENAI_BASE_URL
                    + " for an OpenAI-compatible server)";
            case ANTHROPIC -> "ANTHROPIC_API_KEY (or " + ConfigKeys.ANTHROPIC_API_KEY + ")";
            case GEMINI -> "GEMINI_API_KEY (or GOOGLE_API_KEY, or " + ConfigKeys.GEMINI_API_KEY + ")";
            case OLLAMA -> "OLLAMA_HOST (or " + ConfigKeys.OLLAMA_BASE_URL + ", e.g. "
                    + ConfigKeys.DEFAULT_OLLAMA_BASE_URL + ") for a running Ollama";
            case OFFLINE -> "nothing: the offline judge needs no provider";
        };
    }

    /** The base URL calls go to: the configured one, else the provider's own. */
    String endpoint() {
        if (named()) {
            return baseUrl.orElse("(none: " + ConfigKeys.endpointBaseUrl(endpointName) + " is not set)");
        }
        return switch (provider) {
            case OPENAI -> baseUrl.orElse("https://api.openai.com/v1");
            case ANTHROPIC -> baseUrl.orElse("https://api.anthropic.com/v1/");
            case GEMINI -> baseUrl.orElse("https://generativelanguage.googleapis.com/v1beta");
            case OLLAMA -> baseUrl.orElse(ConfigKeys.DEFAULT_OLLAMA_BASE_URL);
            case OFFLINE -> "(none: the offline judge calls no server)";
        };
    }

    /** What sets the base URL, e.g. {@code personagym.openai.base-url (or OPENAI_BASE_URL)}. */
    String endpointSetting() {
        if (named()) {
            return ConfigKeys.endpointBaseUrl(endpointName);
        }
        return switch (provider) {
            case OPENAI -> ConfigKeys.OPENAI_BASE_URL + " (or OPENAI_BASE_URL)";
            case ANTHROPIC -> ConfigKeys.ANTHROPIC_BASE_URL;
            case GEMINI -> ConfigKeys.GEMINI_BASE_URL;
            case OLLAMA -> ConfigKeys.OLLAMA_BASE_URL + " (or OLLAMA_HOST)";
            case OFFLINE -> "";
        };
    }

    /** The variable that names the provider's key or server, e.g. {@code OPENAI_API_KEY}. */
    String variable() {
        if (named()) {
            return baseUrl.isEmpty() ? ConfigKeys.endpointBaseUrl(endpointName) : keyVariable.orElse("?");
        }
        return switch (provider) {
            case OPENAI -> "OPENAI_API_KEY";
            case ANTHROPIC -> "ANTHROPIC_API_KEY";
            case GEMINI -> "GEMINI_API_KEY";
            case OLLAMA -> "OLLAMA_HOST";
            case OFFLINE -> "";
        };
    }

    static Duration timeout(Configuration config) {
        return config.get(ConfigKeys.TIMEOUT).map(ProviderSettings::parseDuration).orElse(DEFAULT_TIMEOUT);
    }

    private static Duration parseDuration(String value) {
        return io.github.personagym.config.Durations.parse(ConfigKeys.TIMEOUT, value);
    }

    private static String withScheme(String host) {
        return host.contains("://") ? host : "http://" + host;
    }

    @Override
    public String toString() {
        return "ProviderSettings[" + provider.id() + ", baseUrl=" + baseUrl.orElse("(default)")
                + ", apiKey=" + (apiKey.isPresent() ? "(set)" : "(none)") + ", timeout=" + timeout + "]";
    }
}
