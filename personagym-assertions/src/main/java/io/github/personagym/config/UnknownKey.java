package io.github.personagym.config;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Objects;

/**
 * A PersonaGym name that no key of {@link ConfigKeys} has, found by {@link KeyCheck}.
 *
 * @param entry      the name and its source
 * @param nearest    the known key (or, for a variable, the known variable) it is closest to
 * @param likelyTypo whether it is a near miss of {@code nearest}, and so most likely meant it: an error
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record UnknownKey(ConfigEntry entry, String nearest, boolean likelyTypo) {

    public UnknownKey {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(nearest, "nearest");
    }

    /** One line: the name, its source, the nearest key, and what to do. */
    public String message() {
        String name = entry.name();
        String source = entry.source().label();
        if (likelyTypo) {
            return "Unknown PersonaGym configuration key " + name + " (" + source + "): did you mean " + nearest
                    + "? PersonaGym does not read " + name + ", so the run would go on without it: rename it to "
                    + nearest + " (every key is listed in docs/configuration.md).";
        }
        return "Unknown PersonaGym configuration key " + name + " (" + source + ") is ignored; the nearest key is "
                + nearest + " (every key is listed in docs/configuration.md).";
    }
}
