package io.github.personagym.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.personagym.Task;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeaderboardTest {

    @Test
    void theRunsScoresAreMeansOverItsPersonasWithIntervalsAndItIsPlacedByPersonaScore() {
        Map<String, Double> personaScores = new LinkedHashMap<>();
        Map<String, Map<String, Double>> tasks = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            double base = 4.0 + (i % 5) * 0.1;
            Map<String, Double> scores = new LinkedHashMap<>();
            Task.BUILT_IN_NAMES.forEach(t -> scores.put(t, base));
            scores.put(Task.LINGUISTIC_HABITS, i % 2 == 0 ? 3.0 : 4.0);
            tasks.put("p" + i, scores);
            personaScores.put("p" + i, scores.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow());
        }

        Leaderboard board = Leaderboard.of(PublishedScores.paper(), "This run", personaScores, tasks, "offline");

        Leaderboard.Row run = board.run();
        assertThat(run.tasks().get(Task.LINGUISTIC_HABITS).value().getAsDouble()).isCloseTo(3.5, within(1e-9));
        assertThat(run.tasks().get(Task.EXPECTED_ACTION).value().getAsDouble()).isCloseTo(4.2, within(1e-9));
        assertThat(run.tasks().get(Task.LINGUISTIC_HABITS).ci()).get()
                .satisfies(ci -> assertThat(ci.low()).isBetween(3.0, 3.5))
                .satisfies(ci -> assertThat(ci.high()).isBetween(3.5, 4.0));
        double mean = run.personaScore().value().getAsDouble();
        assertThat(mean).isCloseTo((4.2 * 4 + 3.5) / 5, within(1e-9));
        assertThat(board.rows()).hasSize(7);
        assertThat(board.place()).hasValue(1 + (int) PublishedScores.paper().models().stream()
                .filter(m -> m.personaScore() > mean).count());
        assertThat(board.rows()).isSortedAccordingTo(java.util.Comparator.comparingDouble(
                (Leaderboard.Row r) -> r.personaScore().value().getAsDouble()).reversed());
        assertThat(board.personas()).isEqualTo(10);
    }

    @Test
    void onlyTheHaikuRowHasAPersonaScoreThatIsNotTheMeanOfItsTasks() {
        Leaderboard board = Leaderboard.of(PublishedScores.paper(), "This run", Map.of("p", 3.0),
                Map.of("p", Map.of(Task.EXPECTED_ACTION, 3.0)), "offline");

        assertThat(board.rows()).filteredOn(r -> r.meanOfTasksWhereDifferent().isPresent())
                .singleElement().satisfies(r -> {
                    assertThat(r.name()).isEqualTo("Claude 3 Haiku");
                    assertThat(r.meanOfTasksWhereDifferent()).contains(3.84);
                });
        assertThat(board.run().personaScore().ci()).as("one persona has no interval").isEmpty();
        assertThat(board.run().tasks().get(Task.TOXICITY_CONTROL).value()).isEmpty();
        assertThat(board.place()).hasValue(7);
    }
}
