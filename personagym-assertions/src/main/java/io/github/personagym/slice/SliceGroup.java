package io.github.personagym.slice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.score.ConfidenceInterval;
import java.util.List;
import java.util.Optional;

/**
 * The scored personas that share one value of an attribute.
 *
 * @param value    the attribute's value, as the persona files write it
 * @param personas the ids of the personas in the group
 * @param mean     the mean of their PersonaScores
 * @param ci       the 95% t-interval of that mean (none for a group of one persona)
 * @param compared whether the group is large enough ({@value io.github.personagym.config.ConfigKeys#SLICES_MIN_GROUP})
 *                 to be compared with the others
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SliceGroup(String value, List<String> personas, double mean, Optional<ConfidenceInterval> ci,
                         boolean compared) {

    public SliceGroup {
        personas = List.copyOf(personas);
    }

    public int size() {
        return personas.size();
    }
}
