package io.github.personagym.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Golden test: our aggregation reproduces the PersonaScores the PersonaGym authors published (July 2024)
 * from their per-task scores, read from the reference folder (skipped where it is absent).
 */
class PublishedScoresTest {

    /** The one published row whose PersonaScore is not the mean of its task scores. */
    private static final String INCONSISTENT_ROW = "20240710_claude_3_haiku";

    @Test
    void aggregationReproducesEveryPublishedPersonaScoreButTheInconsistentRow() throws IOException {
        Map<String, double[]> rows = new TreeMap<>();
        publishedScores().fields().forEachRemaining(row -> {
            Map<String, Double> tasks = new LinkedHashMap<>();
            row.getValue().fields().forEachRemaining(task -> {
                if (!task.getKey().equals("PersonaScore")) {
                    tasks.put(task.getKey(), task.getValue().asDouble());
                }
            });
            assertThat(tasks).as("tasks of %s", row.getKey()).hasSize(5);
            double ours = PersonaScore.ofTaskScores(tasks).value().getAsDouble();
            rows.put(row.getKey(), new double[] {round2(ours), row.getValue().get("PersonaScore").asDouble()});
        });

        assertThat(rows).hasSize(6);
        rows.forEach((model, figures) -> {
            if (model.equals(INCONSISTENT_ROW)) {
                assertThat(figures[0])
                        .as("%s: published PersonaScore %.2f is not the mean of its task scores, %.2f",
                                model, figures[1], figures[0])
                        .isEqualTo(3.84)
                        .isNotEqualTo(figures[1]);
                assertThat(figures[1]).isEqualTo(3.64);
            } else {
                assertThat(figures[0]).as("PersonaScore of %s", model).isEqualTo(figures[1]);
            }
        });
    }

    private static JsonNode publishedScores() throws IOException {
        Path file = Path.of(System.getProperty("reference.dir", "../../shared/reference/personagym"))
                .resolve("published-scores.json");
        assumeTrue(Files.isRegularFile(file), () -> "PersonaGym reference data not found at " + file
                + "; the golden test needs ../shared/reference/personagym beside the project");
        return new ObjectMapper().readTree(file.toFile());
    }

    private static double round2(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
