package io.github.personagym.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.personagym.Persona;
import io.github.personagym.Thresholds;
import io.github.personagym.config.Configuration;
import io.github.personagym.evaluation.EvaluationResult;
import io.github.personagym.suite.Suite;
import io.github.personagym.llm.Redaction;
import io.github.personagym.score.PersonaScore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The slices of the personas a run kept, as a front end without a slice test of its own (Jupiter) reads them. */
class RunSessionSlicesTest {

    @Test
    void aFlaggedGapAboveTheMaximumIsTheRunsSliceFailure() {
        RunSession session = keeping(Map.of("personagym.slices.max-gap", "1.0"));

        assertThat(session.slices().attribute("region").orElseThrow().flagged()).hasSize(1);
        assertThat(session.sliceFailures()).get().asString()
                .startsWith("Slices by 'region': the agent does not serve these groups alike.\n  north 4.50 [")
                .contains("vs south 2.50 [", "above personagym.slices.max-gap=1.00");
    }

    @Test
    void belowTheMaximumOrWithoutOneThereIsNone() {
        assertThat(keeping(Map.of("personagym.slices.max-gap", "2.5")).sliceFailures()).isEmpty();
        assertThat(keeping(Map.of()).sliceFailures()).isEmpty();
    }

    /** A run sliced by region that kept five northern personas scored about 4.5 and five southern ones about 2.5. */
    private static RunSession keeping(Map<String, String> more) {
        Map<String, String> configuration = new HashMap<>(more);
        configuration.put("personagym.slices", "region");
        RunSession session = RunSession.builder(Configuration.of(configuration), Redaction.fromSystem(), () -> {
            throw new AssertionError("slices need no services");
        }).build();
        double[] north = {4.5, 5, 4, 4.5, 4.5};
        double[] south = {2.5, 3, 2, 2.5, 2.5};
        for (int i = 0; i < 5; i++) {
            keep(session, "north-" + i, "north", north[i]);
            keep(session, "south-" + i, "south", south[i]);
        }
        return session;
    }

    private static void keep(RunSession session, String id, String region, double score) {
        Persona persona = new Persona(id, Optional.empty(), "A scripted persona.", Map.of("region", region),
                Optional.empty(), List.of(), List.of(), Thresholds.NONE, Optional.empty(), Optional.empty());
        var result = new EvaluationResult(persona, new Suite(id, "sha256:scripted", "hand-written", List.of(), List.of(),
                Optional.empty()), List.of(), new PersonaScore(OptionalDouble.of(score), Optional.empty(), Map.of()),
                false);
        session.reported(new RunPersona(persona, Optional.empty(), List.of(), Thresholds.NONE, "scripted"), result);
    }
}
