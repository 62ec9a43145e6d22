package io.github.personagym.benchmark;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.personagym.Task;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scores the PersonaGym authors published for the models of the paper (July 2024; figures used with
 * attribution, see {@code NOTICE}), kept in {@code published-scores.json} beside this class.
 *
 * @param source    where the figures come from
 * @param judges    the paper's judges, in words
 * @param questions what the figures were measured on
 * @param models    one row per model, in the order of the file
 */
@API(status = INTERNAL, since = "0.1")
public record PublishedScores(String source, String judges, String questions, List<Model> models) {

    /**
     * One published model.
     *
     * @param id           the row's name in the reference repository ({@code 20240710_gpt_35})
     * @param name         the model's name ({@code GPT-3.5})
     * @param tasks        its score per task, by this project's task names
     * @param personaScore its PersonaScore as published (for Claude 3 Haiku not the mean of its task scores)
     */
    public record Model(String id, String name, Map<String, Double> tasks, double personaScore) {

        public Model {
            tasks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tasks));
        }

        /** The mean of its task scores, which the published PersonaScore should be. */
        public double meanOfTasks() {
            return tasks.values().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        }
    }

    public PublishedScores {
        models = List.copyOf(models);
    }

    /** The figures as this project keeps them. */
    public static PublishedScores paper() {
        try (InputStream in = PublishedScores.class.getResourceAsStream("published-scores.json")) {
            if (in == null) {
                throw new IllegalStateException("Missing resource published-scores.json beside " + PublishedScores.class);
            }
            return read(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PublishedScores read(JsonNode root) {
        List<Model> models = new ArrayList<>();
        for (JsonNode row : root.get("models")) {
            Map<String, Double> tasks = new LinkedHashMap<>();
            Task.BUILT_IN_NAMES.forEach(task -> tasks.put(task, row.get("tasks").get(task).asDouble()));
            models.add(new Model(row.get("id").asText(), row.get("name").asText(), tasks,
                    row.get("personaScore").asDouble()));
        }
        return new PublishedScores(root.get("source").asText(), root.get("judges").asText(),
                root.get("questions").asText(), models);
    }
}
