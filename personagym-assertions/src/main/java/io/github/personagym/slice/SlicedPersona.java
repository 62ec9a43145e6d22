package io.github.personagym.slice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One evaluated persona as slices see it.
 *
 * @param id           the persona's id
 * @param agent        the agent that played it: the {@code baseline} name of its test class, or empty for a persona
 *                     file played by {@code personagym.agent}
 * @param attributes   the attributes of its persona file, as written
 * @param personaScore its PersonaScore; empty when it has none (a task without a scored question)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SlicedPersona(String id, String agent, Map<String, String> attributes, OptionalDouble personaScore) {

    /** A persona of a run with one agent. */
    public SlicedPersona(String id, Map<String, String> attributes, OptionalDouble personaScore) {
        this(id, "", attributes, personaScore);
    }

    public SlicedPersona {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agent, "agent");
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        Objects.requireNonNull(personaScore, "personaScore");
    }
}
