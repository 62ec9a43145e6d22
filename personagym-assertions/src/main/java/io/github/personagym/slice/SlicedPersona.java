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
 * @param attributes   the attributes of its persona file, as written
 * @param personaScore its PersonaScore; empty when it has none (a task without a scored question)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SlicedPersona(String id, Map<String, String> attributes, OptionalDouble personaScore) {

    public SlicedPersona {
        Objects.requireNonNull(id, "id");
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        Objects.requireNonNull(personaScore, "personaScore");
    }
}
