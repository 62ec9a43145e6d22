package io.github.personagym.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {

    /*
     * Two judges, items (1,1), (2,3), (3,3), plus an item only one judge scored (3), which cannot be paired.
     * Coincidences (each item has 2 values, so each ordered pair weighs 1/(2-1) = 1):
     *   o11 = 2, o23 = o32 = 1, o33 = 2;  n1 = 2, n2 = 1, n3 = 3;  n = 6.
     * Interval, d(c,k) = (c-k)^2:
     *   Do = (o23*1 + o32*1) / n = 2/6 = 1/3
     *   De = sum n_c n_k d / (n(n-1)) = 2*(2*1*1 + 2*3*4 + 1*3*1) / 30 = 2*29/30 = 29/15
     *   alpha = 1 - (1/3)/(29/15) = 1 - 5/29 = 24/29 ≈ 0.8276
     * Ordinal, d(c,k) = (n_c + ... + n_k - (n_c + n_k)/2)^2:
     *   d(1,2) = (3 - 1.5)^2 = 2.25, d(1,3) = (6 - 2.5)^2 = 12.25, d(2,3) = (4 - 2)^2 = 4
     *   Do = (1*4 + 1*4) / 6 = 4/3
     *   De = 2*(2*1*2.25 + 2*3*12.25 + 1*3*4) / 30 = 2*90/30 = 6
     *   alpha = 1 - (4/3)/6 = 7/9 ≈ 0.7778
     * Mean spread over the three pairable items: (0 + 1 + 0) / 3 = 1/3.
     */
    @Test
    void alphaMatchesTheHandComputedExampleAndIgnoresUnpairableItems() {
        var agreement = Agreement.ofScores(List.of(List.of(1, 1), List.of(2, 3), List.of(3, 3), List.of(3)));

        assertThat(agreement.intervalAlpha().getAsDouble()).isCloseTo(24.0 / 29, within(1e-12));
        assertThat(agreement.ordinalAlpha().getAsDouble()).isCloseTo(7.0 / 9, within(1e-12));
        assertThat(agreement.meanSpread().getAsDouble()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(agreement.pairableItems()).isEqualTo(3);
    }

    /*
     * Three judges on item 1 (1,2,3), two on item 2 (2,2) (the third judge's verdict was an error).
     * Item 1: 6 ordered pairs, each weighing 1/(3-1) = 0.5; item 2: o22 += 2.
     *   n1 = 1, n2 = 3, n3 = 1, n = 5
     *   Do = 0.5*(1 + 1 + 4 + 4 + 1 + 1) / 5 = 6/5
     *   De = 2*(1*3*1 + 1*1*4 + 3*1*1) / 20 = 1
     *   alpha = 1 - 6/5 = -0.2: worse than chance.
     */
    @Test
    void verdictsWithoutAScoreAreMissingValuesNotZeros() {
        var item1 = List.of(Verdict.scored("a", 1, "r"), Verdict.scored("b", 2, "r"), Verdict.scored("c", 3, "r"));
        var item2 = List.of(Verdict.scored("a", 2, "r"), Verdict.scored("b", 2, "r"), Verdict.error("c", "down"));

        var agreement = Agreement.of(List.of(item1, item2));

        assertThat(agreement.intervalAlpha().getAsDouble()).isCloseTo(-0.2, within(1e-12));
        assertThat(agreement.meanSpread().getAsDouble()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void perfectAgreementIsOne() {
        var agreement = Agreement.ofScores(List.of(List.of(2, 2, 2), List.of(5, 5), List.of(4, 4, 4)));

        assertThat(agreement.intervalAlpha()).hasValue(1.0);
        assertThat(agreement.ordinalAlpha()).hasValue(1.0);
        assertThat(agreement.meanSpread()).hasValue(0.0);
    }

    @Test
    void fewerThanTwoPairableItemsGiveNoAlpha() {
        var agreement = Agreement.ofScores(List.of(List.of(2, 4), List.of(5), List.of()));

        assertThat(agreement.intervalAlpha()).isEmpty();
        assertThat(agreement.ordinalAlpha()).isEmpty();
        assertThat(agreement.meanSpread()).hasValue(2.0);
        assertThat(Agreement.ofScores(List.of()).meanSpread()).isEmpty();
    }
}
