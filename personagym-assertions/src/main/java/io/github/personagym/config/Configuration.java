package io.github.personagym.config;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads configuration keys (see {@link ConfigKeys}). Sources are tried in order; the first that has a
 * non-blank value wins.
 */
@FunctionalInterface
public interface Configuration {

    Optional<String> get(String key);

    /** System properties, then environment variables. */
    static Configuration fromSystem() {
        return systemProperties().orElse(environment(System.getenv()));
    }

    static Configuration systemProperties() {
        return key -> nonBlank(System.getProperty(key));
    }

    /** Environment variables, by the key's environment form ({@link #environmentName(String)}). */
    static Configuration environment(Map<String, String> env) {
        return key -> nonBlank(env.get(environmentName(key)));
    }

    static Configuration of(Map<String, String> values) {
        return key -> nonBlank(values.get(key));
    }

    static Configuration from(Function<String, Optional<String>> lookup) {
        return key -> lookup.apply(key).flatMap(Configuration::nonBlank);
    }

    /** {@code personagym.judge.batch-size} → {@code PERSONAGYM_JUDGE_BATCH_SIZE}. */
    static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** This configuration, then {@code fallback} for keys it lacks. */
    default Configuration orElse(Configuration fallback) {
        return key -> get(key).or(() -> fallback.get(key));
    }

    default String get(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    default int getInt(String key, int defaultValue) {
        return get(key).map(value -> parse(key, value, Integer::parseInt, "a whole number")).orElse(defaultValue);
    }

    default double getDouble(String key, double defaultValue) {
        return get(key).map(value -> parse(key, value, Double::parseDouble, "a number")).orElse(defaultValue);
    }

    default boolean getBoolean(String key, boolean defaultValue) {
        return get(key).map(value -> switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(
                    "Configuration key " + key + " must be true or false, got '" + value + "'");
        }).orElse(defaultValue);
    }

    private static <T> T parse(String key, String value, Function<String, T> parser, String what) {
        try {
            return parser.apply(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "Configuration key " + key + " must be " + what + ", got '" + value + "'", e);
        }
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
