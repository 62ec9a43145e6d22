package io.github.personagym.llm;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Names a model: {@code openai:<model>}, {@code anthropic:<model>}, {@code gemini:<model>},
 * {@code ollama:<model>}, or {@code offline} (the in-process judge, no provider). Any OpenAI-compatible
 * server is {@code openai:<model>} with {@code personagym.openai.base-url} pointing at it; several at once are
 * named endpoints ({@code personagym.endpoints.<name>.base-url}), each written {@code <name>:<model>}.
 *
 * @param provider who serves the model ({@code OPENAI} for a named endpoint: they speak OpenAI's API)
 * @param model    the provider's model name; empty for {@code offline}
 * @param endpoint the named endpoint that serves it, or empty for the provider's own
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ModelSpec(Provider provider, String model, String endpoint) {

    /** Who serves a model. */
    public enum Provider {
        OPENAI, ANTHROPIC, GEMINI, OLLAMA, OFFLINE;

        /** The provider's name as written in a spec, e.g. {@code openai}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final String FORMS = "openai:<model>, anthropic:<model>, gemini:<model>, ollama:<model> or offline";

    public ModelSpec {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(endpoint, "endpoint");
        if (!endpoint.isEmpty() && provider != Provider.OPENAI) {
            throw new IllegalArgumentException("A named endpoint speaks OpenAI's API: its provider is openai");
        }
        if ((provider == Provider.OFFLINE) != model.isEmpty()) {
            throw new IllegalArgumentException(provider == Provider.OFFLINE
                    ? "The offline judge takes no model name"
                    : "A " + provider.id() + " spec needs a model name, e.g. " + provider.id() + ":<model>");
        }
    }

    /** A model of a provider's own endpoint. */
    public ModelSpec(Provider provider, String model) {
        this(provider, model, "");
    }

    public static final ModelSpec OFFLINE = new ModelSpec(Provider.OFFLINE, "");

    /**
     * Parses the spec that configuration key {@code key} gives, where {@code configuration} may name endpoints
     * ({@code personagym.endpoints.<name>.base-url}): {@code <name>:<model>} is then a model of that endpoint.
     */
    public static ModelSpec parse(String spec, String key, io.github.personagym.config.Configuration configuration) {
        String trimmed = spec.trim();
        int colon = trimmed.indexOf(':');
        if (colon > 0) {
            String name = trimmed.substring(0, colon);
            String model = trimmed.substring(colon + 1).trim();
            boolean provider = Arrays.stream(Provider.values()).anyMatch(p -> p.id().equals(name));
            if (!provider && !model.isEmpty()
                    && configuration.get(io.github.personagym.config.ConfigKeys.endpointBaseUrl(name)).isPresent()) {
                return new ModelSpec(Provider.OPENAI, model, name);
            }
        }
        return parse(spec, key);
    }

    /** Parses a comma-separated list of specs, named endpoints of {@code configuration} included. */
    public static List<ModelSpec> parseList(String specs, String key,
                                            io.github.personagym.config.Configuration configuration) {
        return Arrays.stream(specs.split(","))
                .map(String::trim)
                .filter(spec -> !spec.isEmpty())
                .map(spec -> parse(spec, key, configuration))
                .toList();
    }

    /** Parses one spec such as {@code openai:gpt-4o-mini}; the error lists the accepted forms. */
    public static ModelSpec parse(String spec) {
        return parse(spec, "");
    }

    /**
     * Parses the spec that configuration key {@code key} gives; the error names the key, suggests the provider that
     * was probably meant ({@code opneai:gpt-4o} → {@code openai:gpt-4o}) and lists the accepted forms.
     */
    public static ModelSpec parse(String spec, String key) {
        try {
            return parseSpec(spec);
        } catch (IllegalArgumentException e) {
            String trimmed = spec.trim();
            int colon = trimmed.indexOf(':');
            String prefix = colon < 0 ? trimmed : trimmed.substring(0, colon);
            Optional<String> meant = io.github.personagym.persona.NearestKey.suggest(prefix,
                    Arrays.stream(Provider.values()).map(Provider::id).toList())
                    .filter(provider -> !provider.equals(prefix.toLowerCase(Locale.ROOT)));
            String suggestion = meant.map(provider -> " Did you mean '" + (provider.equals("offline") ? "offline"
                    : provider + ":" + (colon < 0 ? "<model>" : trimmed.substring(colon + 1).trim())) + "'?").orElse("");
            throw new IllegalArgumentException((key.isEmpty() ? "" : key + ": ") + e.getMessage() + suggestion, e);
        }
    }

    /** Parses a comma-separated list of specs that configuration key {@code key} gives. */
    public static List<ModelSpec> parseList(String specs, String key) {
        return Arrays.stream(specs.split(","))
                .map(String::trim)
                .filter(spec -> !spec.isEmpty())
                .map(spec -> parse(spec, key))
                .toList();
    }

    private static ModelSpec parseSpec(String spec) {
        Objects.requireNonNull(spec, "spec");
        String trimmed = spec.trim();
        if (trimmed.equalsIgnoreCase("offline")) {
            return OFFLINE;
        }
        int colon = trimmed.indexOf(':');
        String prefix = colon < 0 ? "" : trimmed.substring(0, colon).toLowerCase(Locale.ROOT);
        String model = colon < 0 ? "" : trimmed.substring(colon + 1).trim();
        return Arrays.stream(Provider.values())
                .filter(provider -> provider != Provider.OFFLINE && provider.id().equals(prefix))
                .findFirst()
                .filter(provider -> !model.isEmpty())
                .map(provider -> new ModelSpec(provider, model))
                .orElseThrow(() -> new IllegalArgumentException(
                        "Not a model spec: '" + spec + "'. Write one of " + FORMS + "."));
    }

    /** Parses a comma-separated list of specs, as in {@code personagym.judges}. */
    public static List<ModelSpec> parseList(String specs) {
        return parseList(specs, "");
    }

    public boolean isOffline() {
        return provider == Provider.OFFLINE;
    }

    /** Whether a named endpoint serves the model. */
    public boolean named() {
        return !endpoint.isEmpty();
    }

    /**
     * Whose limits, circuit and recordings the model's calls share: the endpoint's name, else the provider's,
     * e.g. {@code openai} or {@code groq}.
     */
    public String route() {
        return named() ? endpoint : provider.id();
    }

    /** The spec as written, e.g. {@code openai:gpt-4o-mini}; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return isOffline() ? "offline" : route() + ":" + model;
    }
}
