package io.github.personagym.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.personagym.slice.SliceSettings;
import io.github.personagym.slice.Slices;
import io.github.personagym.slice.SlicedPersona;
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SliceGapCheckTest {

    private static final Map<String, double[]> APART = Map.of("north", new double[] {4.6, 4.8, 4.4, 4.9, 4.7},
            "south", new double[] {3.1, 2.9, 3.3, 3.0, 3.2});

    @Test
    void aFlaggedGapAboveTheMaximumFailsNamingGroupsScoresIntervalsAndTheKey() {
        CheckOutcome outcome = check(0.5, 5, APART);

        assertThat(outcome.failed()).isTrue();
        assertThat(outcome.message()).startsWith("Slices by 'region': the agent does not serve these groups alike.")
                .contains("north 4.68 [", "(5 personas) vs south 3.10 [", ": gap 1.58, difference interval [",
                        "at 95% excludes 0, above personagym.slices.max-gap=0.50",
                        "north: north-1, north-2, north-3, north-4, north-5",
                        "or raise personagym.slices.max-gap if a gap this large is acceptable");
        assertThat(outcome.entries()).containsKeys("region=north", "region=south").containsEntry("flagged gaps", "1");
    }

    @Test
    void aFlaggedGapBelowTheMaximumPasses() {
        CheckOutcome outcome = check(2.0, 5, APART);

        assertThat(outcome.status()).isEqualTo(CheckOutcome.Status.PASSED);
        assertThat(outcome.entries()).containsEntry("flagged gaps", "1");
    }

    @Test
    void groupsTooSmallToCompareAreNotApplicableWithTheKeyToLower() {
        CheckOutcome outcome = check(0.1, 6, APART);

        assertThat(outcome.status()).isEqualTo(CheckOutcome.Status.NOT_APPLICABLE);
        assertThat(outcome.message()).isEqualTo("Slices by 'region': groups too small to compare (north 5, south 5; "
                + "two groups of 6 scored personas or more are needed): no gap is flagged. Add personas with the "
                + "attribute, or lower personagym.slices.min-group.");
    }

    @Test
    void aRunOfSeveralAgentsIsSlicedPerAgentAndTheMessageNamesTheAgent() {
        List<SlicedPersona> personas = new ArrayList<>();
        // the same personas played by two agents: the first serves the north better, the second serves all alike
        personas(APART).forEach(p -> personas.add(new SlicedPersona(p.id(), "BiasedAgentTest", p.attributes(),
                p.personaScore())));
        personas(Map.of("north", new double[] {4.0, 4.2, 3.8, 4.1, 3.9}, "south", new double[] {3.9, 4.1, 4.0, 4.2, 3.8}))
                .forEach(p -> personas.add(new SlicedPersona(p.id(), "FairAgentTest", p.attributes(), p.personaScore())));
        SliceSettings settings = new SliceSettings(List.of("region"), OptionalDouble.of(0.5), 5);

        Slices slices = Slices.of(settings, personas);
        CheckOutcome outcome = new SliceGapCheck("region").evaluate(slices);

        assertThat(slices.ofAttribute("region")).extracting(s -> s.agent())
                .containsExactly("BiasedAgentTest", "FairAgentTest");
        assertThat(slices.ofAttribute("region").get(1).flagged()).isEmpty();
        assertThat(outcome.failed()).isTrue();
        assertThat(outcome.message()).startsWith("Slices by 'region' for agent BiasedAgentTest: the agent does not "
                + "serve these groups alike.").doesNotContain("FairAgentTest");
        assertThat(outcome.entries()).containsKeys("BiasedAgentTest region=north", "FairAgentTest flagged gaps");
    }

    @Test
    void theNameSaysTheAttributeAndTheMaximum() {
        assertThat(SliceGapCheck.displayName("age", new SliceSettings(List.of("age"), OptionalDouble.of(0.5), 5)))
                .isEqualTo("Slices \u203A age: no flagged gap above 0.50");
    }

    private static CheckOutcome check(double maxGap, int minGroup, Map<String, double[]> scores) {
        SliceSettings settings = new SliceSettings(List.of("region"), OptionalDouble.of(maxGap), minGroup);
        return new SliceGapCheck("region").evaluate(Slices.of(settings, personas(scores)));
    }

    /** Scripted PersonaScores: personas {@code north-1} … by region. */
    private static List<SlicedPersona> personas(Map<String, double[]> scoresByRegion) {
        List<SlicedPersona> personas = new ArrayList<>();
        new TreeMap<>(scoresByRegion).forEach((region, scores) -> {
            for (int i = 0; i < scores.length; i++) {
                personas.add(new SlicedPersona(region + "-" + (i + 1), Map.of("region", region),
                        OptionalDouble.of(scores[i])));
            }
        });
        return personas;
    }
}
