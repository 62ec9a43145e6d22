package io.github.personagym.slice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.score.ConfidenceInterval;

/**
 * The difference between the mean PersonaScores of two compared groups of one attribute.
 *
 * @param higher     the group with the higher mean
 * @param lower      the group with the lower mean
 * @param gap        {@code higher.mean - lower.mean}, never negative
 * @param ci         Welch's interval of the difference, at {@code confidence}
 * @param confidence the level of {@code ci}: 95% shared out over the attribute's pairs of groups (Bonferroni)
 * @param flagged    whether {@code ci} excludes 0: a gap the groups' spread does not explain
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SliceGap(SliceGroup higher, SliceGroup lower, double gap, ConfidenceInterval ci, double confidence,
                       boolean flagged) {

    /** Whether this gap fails the build under {@code settings}: flagged, and larger than its maximum gap. */
    public boolean exceeds(SliceSettings settings) {
        return flagged && settings.maxGap().isPresent() && gap > settings.maxGap().getAsDouble();
    }
}
