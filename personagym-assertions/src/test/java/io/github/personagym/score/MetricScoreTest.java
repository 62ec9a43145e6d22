package io.github.personagym.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.personagym.TaskKind;
import io.github.personagym.metric.Measurement;
import io.github.personagym.metric.RougeL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricScoreTest {

    private final ScoreAggregator aggregator = new ScoreAggregator();

    @Test
    void accuracyCountsRightOptionsOverScoredQuestionsWithAWilsonInterval() {
        List<Measurement> measured = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            measured.add(Measurement.choice("A", i < 8, "…"));
        }
        measured.add(Measurement.unscored("the reply names no option"));

        MetricScore score = aggregator.metric("Sea Knowledge", TaskKind.CHOICE, measured, 1);

        assertThat(score.value()).hasValue(0.8);
        assertThat(score.scored()).isEqualTo(10);
        assertThat(score.unscored()).isEqualTo(2);
        // Wilson, 8 of 10, z = 1.95996: centre (0.8 + z²/20) / (1 + z²/10) = 0.7167, half-width 0.2266.
        assertThat(score.ci()).hasValueSatisfying(ci -> {
            assertThat(ci.low()).isCloseTo(0.4902, within(1e-4));
            assertThat(ci.high()).isCloseTo(0.9433, within(1e-4));
        });
        assertThat(score.metric()).isEqualTo("accuracy");
    }

    @Test
    void referenceTaskIsTheMeanF1WithTheShareOfExactMatches() {
        List<Measurement> measured = List.of(
                Measurement.reference(RougeL.score("police killed the gunman", "police kill the gunman")),
                Measurement.reference(RougeL.score("police killed the gunman", "Police killed the gunman!")),
                Measurement.reference(RougeL.score("police killed the gunman", "the gunman kill police")));

        MetricScore score = aggregator.metric("Sea Lore", TaskKind.REFERENCE, measured, 0);

        assertThat(score.value().getAsDouble()).isCloseTo((0.75 + 1 + 0.5) / 3, within(1e-12));
        assertThat(score.exactMatch().getAsDouble()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(score.ci()).hasValueSatisfying(ci -> assertThat(ci.low()).isLessThan(ci.high()));
    }

    @Test
    void aTaskWithoutAScoredQuestionHasNoValueNeverZero() {
        MetricScore score = aggregator.metric("Sea Knowledge", TaskKind.CHOICE,
                List.of(Measurement.unscored("no option")), 2);

        assertThat(score.value()).isEmpty();
        assertThat(score.ci()).isEmpty();
        assertThat(score.unscored()).isEqualTo(3);
    }
}
