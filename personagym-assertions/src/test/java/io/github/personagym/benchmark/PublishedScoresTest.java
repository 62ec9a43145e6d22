package io.github.personagym.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.personagym.Task;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class PublishedScoresTest {

    @Test
    void theFiguresKeptAreThoseOfTheReferenceRepository() throws IOException {
        JsonNode reference = new ObjectMapper().readTree(ReferenceBenchmark.reference()
                .resolve("published-scores.json").toFile());
        PublishedScores kept = PublishedScores.paper();

        assertThat(kept.models()).extracting(PublishedScores.Model::id)
                .containsExactlyInAnyOrderElementsOf(() -> reference.fieldNames());
        for (PublishedScores.Model model : kept.models()) {
            JsonNode row = reference.get(model.id());
            for (String task : Task.BUILT_IN_NAMES) {
                assertThat(model.tasks().get(task)).as("%s %s", model.id(), task).isEqualTo(row.get(task).asDouble());
            }
            assertThat(model.personaScore()).as(model.id()).isEqualTo(row.get("PersonaScore").asDouble());
        }
    }

    @Test
    void theJudgesAndTheSourceAreStated() {
        PublishedScores kept = PublishedScores.paper();

        assertThat(kept.judges()).contains("GPT-4o", "Llama-3-70B");
        assertThat(kept.source()).contains("arXiv 2407.18416", "vsamuel2003/PersonaGym", "MIT");
        assertThat(kept.models()).extracting(PublishedScores.Model::name).contains("Claude 3.5 Sonnet", "GPT-3.5",
                "Llama 3 8B");
    }
}
