package io.github.personagym.config;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Objects;

/**
 * A setting as its source names it, for spotting names PersonaGym does not know.
 *
 * @param name   the name as written: a key ({@code personagym.judges}) or, from the environment, a variable
 *               ({@code PERSONAGYM_JUDGES})
 * @param source where it was found
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ConfigEntry(String name, ConfigSource source) {

    public ConfigEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }

    /** The name and its source, e.g. {@code personagym.judge (system property)}. */
    public String describe() {
        return name + " (" + source.label() + ")";
    }
}
