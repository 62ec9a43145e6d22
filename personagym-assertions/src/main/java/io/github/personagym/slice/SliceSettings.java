package io.github.personagym.slice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.Configuration;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Which attributes a run is sliced by, and what a gap may be.
 *
 * @param attributes {@value ConfigKeys#SLICES}: the persona attributes to group by, in order; none turns slices off
 * @param maxGap     {@value ConfigKeys#SLICES_MAX_GAP}: the largest flagged gap between two groups' mean PersonaScores
 *                   that does not fail the build; none: a flagged gap is reported, never failed
 * @param minGroup   {@value ConfigKeys#SLICES_MIN_GROUP}: the fewest scored personas a group needs to be compared
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SliceSettings(List<String> attributes, OptionalDouble maxGap, int minGroup) {

    /** No slices. */
    public static final SliceSettings OFF = new SliceSettings(List.of(), OptionalDouble.empty(),
            ConfigKeys.DEFAULT_SLICES_MIN_GROUP);

    public SliceSettings {
        attributes = List.copyOf(attributes);
        if (attributes.stream().anyMatch(String::isBlank) || attributes.stream().distinct().count() != attributes.size()) {
            throw new IllegalArgumentException(ConfigKeys.SLICES + " must name distinct attributes, comma-separated "
                    + "(e.g. age,country), got " + attributes);
        }
        if (maxGap.isPresent() && !(maxGap.getAsDouble() >= 0 && maxGap.getAsDouble() <= 4)) {
            throw new IllegalArgumentException(ConfigKeys.SLICES_MAX_GAP + " must be a number from 0 to 4 (a "
                    + "difference of PersonaScores), got " + maxGap.getAsDouble());
        }
        if (minGroup < 2) {
            throw new IllegalArgumentException(ConfigKeys.SLICES_MIN_GROUP + " must be at least 2 (a group of one "
                    + "persona has no interval), got " + minGroup);
        }
    }

    /** Reads the three {@code personagym.slices} keys. */
    public static SliceSettings from(Configuration configuration) {
        List<String> attributes = configuration.get(ConfigKeys.SLICES)
                .map(value -> Arrays.stream(value.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList())
                .orElse(List.of());
        OptionalDouble maxGap = configuration.get(ConfigKeys.SLICES_MAX_GAP).isPresent()
                ? OptionalDouble.of(configuration.getDouble(ConfigKeys.SLICES_MAX_GAP, 0)) : OptionalDouble.empty();
        return new SliceSettings(attributes, maxGap,
                configuration.getInt(ConfigKeys.SLICES_MIN_GROUP, ConfigKeys.DEFAULT_SLICES_MIN_GROUP));
    }

    /** Whether the run is sliced at all. */
    public boolean enabled() {
        return !attributes.isEmpty();
    }
}
