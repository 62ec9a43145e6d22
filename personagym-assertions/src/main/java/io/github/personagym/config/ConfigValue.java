package io.github.personagym.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.util.Objects;

/**
 * A configuration value and where it came from.
 *
 * @param key    the key, e.g. {@code personagym.judges}
 * @param value  its value, never blank
 * @param source the source that supplied it
 */
@API(status = INTERNAL, since = "0.1")
public record ConfigValue(String key, String value, ConfigSource source) {

    public ConfigValue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }

    /** Where the value came from, e.g. {@code system property personagym.judges}. */
    public String origin() {
        return source.describe(key);
    }
}
