package io.github.personagym.slice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Optional;

/**
 * A run's personas (of one agent, when the run has several) grouped by one attribute.
 *
 * @param attribute the attribute's name
 * @param agent     the agent whose personas these are, when the run has several (the {@code baseline} name of its
 *                  test class, or {@code personagym.agent}); empty when the run has one
 * @param groups    one group per value of the attribute among the scored personas, by value
 * @param lacking   the personas whose files do not give the attribute
 * @param unscored  the personas that give it but have no PersonaScore
 * @param gaps      the gaps between every two compared groups, the largest first
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AttributeSlice(String attribute, String agent, List<SliceGroup> groups, List<String> lacking, List<String> unscored,
                             List<SliceGap> gaps) {

    public AttributeSlice {
        groups = List.copyOf(groups);
        lacking = List.copyOf(lacking);
        unscored = List.copyOf(unscored);
        gaps = List.copyOf(gaps);
    }

    /** How messages name the slice: {@code Slices by 'age'}, {@code Slices by 'age' for agent CaptainTest}. */
    public String title() {
        return "Slices by '" + attribute + "'" + (agent.isEmpty() ? "" : " for agent " + agent);
    }

    /** The groups large enough to compare. */
    public List<SliceGroup> compared() {
        return groups.stream().filter(SliceGroup::compared).toList();
    }

    /** Whether fewer than two groups are large enough to compare: then there is no gap, flagged or not. */
    public boolean tooFewToCompare() {
        return compared().size() < 2;
    }

    /** The gaps whose intervals exclude 0, the largest first. */
    public List<SliceGap> flagged() {
        return gaps.stream().filter(SliceGap::flagged).toList();
    }

    /** The largest gap that fails the build under {@code settings}, if one does. */
    public Optional<SliceGap> exceeding(SliceSettings settings) {
        return gaps.stream().filter(gap -> gap.exceeds(settings)).findFirst();
    }
}
