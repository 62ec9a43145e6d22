package io.github.personagym.config;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads configuration keys (see {@link ConfigKeys}). Sources are tried in order; the first that has a
 * non-blank value wins. A configuration made by the factories here also says where a value came from
 * ({@link #lookup}) and which names its sources hold ({@link #entries}), so that a run can state its settings
 * and spot a misspelt key ({@link KeyCheck}).
 */
@FunctionalInterface
@API(status = EXPERIMENTAL, since = "0.1")
public interface Configuration {

    Optional<String> get(String key);

    /**
     * The value of {@code key} with its source. A configuration written as a lambda knows no source: its
     * values count as {@link ConfigSource#GIVEN}.
     */
    default Optional<ConfigValue> lookup(String key) {
        return get(key).map(value -> new ConfigValue(key, value, ConfigSource.GIVEN));
    }

    /** Where {@code key}'s value comes from; {@link ConfigSource#DEFAULT} when no source sets it. */
    default ConfigSource source(String key) {
        return lookup(key).map(ConfigValue::source).orElse(ConfigSource.DEFAULT);
    }

    /**
     * The PersonaGym names ({@code personagym.*} keys, {@code PERSONAGYM_*} variables) that the sources hold,
     * known or not; empty for a configuration that cannot list its names (a lambda).
     */
    default List<ConfigEntry> entries() {
        return List.of();
    }

    /** System properties, then environment variables. */
    static Configuration fromSystem() {
        return systemProperties().orElse(environment(System.getenv()));
    }

    static Configuration systemProperties() {
        return sourced(ConfigSource.SYSTEM_PROPERTY, key -> Optional.ofNullable(System.getProperty(key)),
                () -> System.getProperties().stringPropertyNames());
    }

    /** Environment variables, by the key's environment form ({@link #environmentName(String)}). */
    static Configuration environment(Map<String, String> env) {
        return new SourcedConfiguration(key -> nonBlank(env.get(environmentName(key)))
                .map(value -> new ConfigValue(key, value, ConfigSource.ENVIRONMENT)),
                () -> SourcedConfiguration.entries(env.keySet(), ConfigSource.ENVIRONMENT));
    }

    static Configuration of(Map<String, String> values) {
        return sourced(ConfigSource.GIVEN, key -> Optional.ofNullable(values.get(key)), values::keySet);
    }

    static Configuration from(Function<String, Optional<String>> lookup) {
        return sourced(ConfigSource.GIVEN, lookup, List::of);
    }

    /**
     * Values of one source: {@code lookup} reads a key, {@code names} lists the names the source holds (all of
     * them; those of PersonaGym are picked out).
     */
    static Configuration sourced(ConfigSource source, Function<String, Optional<String>> lookup,
                                 Supplier<? extends Collection<String>> names) {
        return new SourcedConfiguration(key -> lookup.apply(key).flatMap(Configuration::nonBlank)
                .map(value -> new ConfigValue(key, value, source)),
                () -> SourcedConfiguration.entries(names.get(), source));
    }

    /**
     * Values whose source is told per key (one lookup serving several sources, as JUnit's configuration
     * parameters do); {@code entries} lists the PersonaGym names the sources hold.
     */
    static Configuration withSources(Function<String, Optional<ConfigValue>> lookup,
                                     Supplier<? extends Collection<ConfigEntry>> entries) {
        return new SourcedConfiguration(key -> lookup.apply(key).filter(value -> !value.value().isBlank()),
                () -> List.copyOf(entries.get()));
    }

    /** {@code personagym.judge.batch-size} → {@code PERSONAGYM_JUDGE_BATCH_SIZE}. */
    static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** This configuration, then {@code fallback} for keys it lacks. */
    default Configuration orElse(Configuration fallback) {
        return new LayeredConfiguration(this, fallback);
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
