package io.github.personagym.slice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.personagym.config.Configuration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The slice statistics on PersonaScores written by hand (scripted figures, no evaluation). */
class SlicesTest {

    private static final SliceSettings BY_REGION = new SliceSettings(List.of("region"), OptionalDouble.of(0.5), 5);

    @Test
    void aClearGapBetweenTwoGroupsIsFlagged() {
        Slices slices = Slices.of(BY_REGION, personas("region",
                Map.of("north", new double[] {4.6, 4.8, 4.4, 4.9, 4.7}, "south", new double[] {3.1, 2.9, 3.3, 3.0, 3.2})));

        AttributeSlice region = slices.attribute("region").orElseThrow();
        assertThat(region.groups()).extracting(SliceGroup::value).containsExactly("north", "south");
        assertThat(region.gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.higher().value()).isEqualTo("north");
            assertThat(gap.gap()).isCloseTo(1.58, within(1e-9));
            assertThat(gap.ci().low()).isGreaterThan(0);
            assertThat(gap.flagged()).isTrue();
            assertThat(gap.exceeds(BY_REGION)).isTrue();
        });
        assertThat(region.exceeding(BY_REGION)).isPresent();
    }

    @Test
    void overlappingGroupsAreNotFlagged() {
        Slices slices = Slices.of(BY_REGION, personas("region",
                Map.of("north", new double[] {3.0, 4.0, 3.5, 4.5, 2.5}, "south", new double[] {3.2, 3.8, 4.1, 2.9, 3.6})));

        AttributeSlice region = slices.attribute("region").orElseThrow();
        assertThat(region.gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.ci().contains(0)).isTrue();
            assertThat(gap.flagged()).isFalse();
            assertThat(gap.exceeds(new SliceSettings(List.of("region"), OptionalDouble.of(0), 5))).isFalse();
        });
        assertThat(region.flagged()).isEmpty();
    }

    @Test
    void groupsTooSmallAreShownButNeverCompared() {
        Slices slices = Slices.of(BY_REGION, personas("region",
                Map.of("north", new double[] {5, 5, 4.9}, "south", new double[] {1, 1.2, 1.1})));

        AttributeSlice region = slices.attribute("region").orElseThrow();
        assertThat(region.tooFewToCompare()).isTrue();
        assertThat(region.groups()).extracting(SliceGroup::size).containsExactly(3, 3);
        assertThat(region.groups()).noneMatch(SliceGroup::compared);
        assertThat(region.gaps()).isEmpty();
        assertThat(region.exceeding(BY_REGION)).isEmpty();
    }

    @Test
    void personasLackingTheAttributeOrAScoreAreListedApart() {
        List<SlicedPersona> personas = new ArrayList<>(personas("region",
                Map.of("north", new double[] {4, 4.5}, "south", new double[] {3})));
        personas.add(new SlicedPersona("nomad", Map.of("age", "30-39"), OptionalDouble.of(2)));
        personas.add(new SlicedPersona("silent", Map.of("region", "north"), OptionalDouble.empty()));

        AttributeSlice region = Slices.of(BY_REGION, personas).attribute("region").orElseThrow();

        assertThat(region.lacking()).containsExactly("nomad");
        assertThat(region.unscored()).containsExactly("silent");
        assertThat(region.groups()).extracting(SliceGroup::personas)
                .containsExactly(List.of("north-1", "north-2"), List.of("south-1"));
        assertThat(region.groups().get(1).ci()).as("one persona has no interval").isEmpty();
    }

    @Test
    void aGroupsIntervalIsStudentsT() {
        // 1..5: mean 3, standard error sqrt(2.5/5); t(4, 0.975) = 2.776445
        Slices slices = Slices.of(new SliceSettings(List.of("region"), OptionalDouble.empty(), 2),
                personas("region", Map.of("all", new double[] {1, 2, 3, 4, 5})));

        SliceGroup all = slices.attribute("region").orElseThrow().groups().get(0);
        assertThat(all.mean()).isEqualTo(3.0);
        assertThat(all.ci().orElseThrow().low()).isCloseTo(3 - 2.776445 * Math.sqrt(0.5), within(1e-5));
        assertThat(all.ci().orElseThrow().high()).isCloseTo(3 + 2.776445 * Math.sqrt(0.5), within(1e-5));
    }

    @Test
    void aGapsIntervalIsWelchsWithBonferroniOverThePairs() {
        // two groups: variances 1/3 each, four personas each: standard error sqrt(1/6), 6 degrees of freedom,
        // t(6, 0.975) = 2.446912
        SliceSettings two = new SliceSettings(List.of("region"), OptionalDouble.empty(), 4);
        SliceGap gap = Slices.of(two, personas("region", Map.of("a", new double[] {4, 5, 4, 5},
                "b", new double[] {2, 3, 2, 3}))).attribute("region").orElseThrow().gaps().get(0);
        assertThat(gap.confidence()).isEqualTo(0.95);
        assertThat(gap.ci().low()).isCloseTo(2 - 2.446912 * Math.sqrt(1.0 / 6), within(1e-5));

        List<SliceGap> three = Slices.of(two, personas("region", Map.of("a", new double[] {4, 5, 4, 5},
                "b", new double[] {2, 3, 2, 3}, "c", new double[] {3, 4, 3, 4}))).attribute("region").orElseThrow().gaps();
        assertThat(three).hasSize(3).allSatisfy(g -> assertThat(g.confidence()).isCloseTo(1 - 0.05 / 3, within(1e-12)));
        assertThat(three.get(0).gap()).as("the largest gap first").isEqualTo(2.0);
        assertThat(three.get(0).ci().low()).as("wider than the 95% interval of the same two groups")
                .isLessThan(gap.ci().low());
    }

    @Test
    void settingsAreReadFromTheConfigurationAndCheckedWithTheKeyToFix() {
        SliceSettings read = SliceSettings.from(Configuration.of(Map.of("personagym.slices", " age, country ",
                "personagym.slices.max-gap", "0.75", "personagym.slices.min-group", "3")));

        assertThat(read).isEqualTo(new SliceSettings(List.of("age", "country"), OptionalDouble.of(0.75), 3));
        assertThat(SliceSettings.from(Configuration.of(Map.of())).enabled()).isFalse();
        assertThatThrownBy(() -> SliceSettings.from(Configuration.of(Map.of("personagym.slices", "age",
                "personagym.slices.min-group", "1")))).hasMessageContaining("personagym.slices.min-group must be at least 2");
        assertThatThrownBy(() -> SliceSettings.from(Configuration.of(Map.of("personagym.slices", "age",
                "personagym.slices.max-gap", "-1")))).hasMessageContaining("personagym.slices.max-gap must be a number");
        assertThatThrownBy(() -> SliceSettings.from(Configuration.of(Map.of("personagym.slices", "age,age"))))
                .hasMessageContaining("personagym.slices must name distinct attributes");
    }

    /** Personas {@code <value>-1}, {@code <value>-2} … with the given PersonaScores, by attribute value. */
    static List<SlicedPersona> personas(String attribute, Map<String, double[]> scoresByValue) {
        List<SlicedPersona> personas = new ArrayList<>();
        new java.util.TreeMap<>(scoresByValue).forEach((value, scores) -> {
            for (int i = 0; i < scores.length; i++) {
                personas.add(new SlicedPersona(value + "-" + (i + 1), Map.of(attribute, value),
                        OptionalDouble.of(scores[i])));
            }
        });
        return personas;
    }
}
