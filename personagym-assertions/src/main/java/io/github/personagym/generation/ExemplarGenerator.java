package io.github.personagym.generation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.judge.LlmRubricJudge;
import io.github.personagym.judge.ScoreExemplars;
import io.github.personagym.llm.ModelCall;
import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import io.github.personagym.Persona;
import io.github.personagym.Task;
import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.Configuration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes score exemplars (one example answer per rubric score) for the questions of a task, several
 * questions per call. A question whose exemplars are missing or invalid in a reply is asked again alone, a
 * bounded number of times; what still fails is reported in {@link ExemplarResult#failures()}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ExemplarGenerator {

    /** How often a question whose exemplars were unusable is asked for again, alone. */
    static final int REASK_ATTEMPTS = 2;

    /**
     * @param batchSize     questions per call, at least 1 (default 5, as in the paper)
     * @param reaskAttempts times a question with unusable exemplars is asked again alone (default 2)
     */
    public record Options(int batchSize, int reaskAttempts) {

        public Options {
            if (batchSize < 1 || reaskAttempts < 0) {
                throw new IllegalArgumentException("Exemplar batch size must be ≥ 1 and re-asks ≥ 0, got "
                        + batchSize + " and " + reaskAttempts);
            }
        }

        public static Options defaults() {
            return new Options(5, 2);
        }

        public static Options from(Configuration configuration) {
            return new Options(configuration.getInt(ConfigKeys.EXEMPLAR_BATCH_SIZE, ConfigKeys.DEFAULT_EXEMPLAR_BATCH_SIZE),
                    REASK_ATTEMPTS);
        }
    }

    private static final ResponseFormat FORMAT = ResponseFormat.builder()
            .type(ResponseFormatType.JSON)
            .jsonSchema(JsonSchema.builder().name("score_exemplars").rootElement(schema()).build())
            .build();

    private final ChatModel generator;
    private final String spec;
    private final Options options;

    public ExemplarGenerator(ChatModel generator, String spec, Options options) {
        this.generator = Objects.requireNonNull(generator, "generator");
        this.spec = Objects.requireNonNull(spec, "spec");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Exemplars for each question, by question key; {@code questions} maps key to question text, in order. */
    public ExemplarResult generate(Persona persona, Task task, Map<String, String> questions) {
        var keys = new ArrayList<>(questions.keySet());
        var made = new LinkedHashMap<String, ScoreExemplars>();
        var failures = new LinkedHashMap<String, String>();
        for (int from = 0; from < keys.size(); from += options.batchSize()) {
            var batch = keys.subList(from, Math.min(keys.size(), from + options.batchSize()));
            generateBatch(persona, task, questions, batch, made, failures);
        }
        var ordered = new LinkedHashMap<String, ScoreExemplars>();
        keys.stream().filter(made::containsKey).forEach(key -> ordered.put(key, made.get(key)));
        return new ExemplarResult(ordered, failures);
    }

    private void generateBatch(Persona persona, Task task, Map<String, String> questions, List<String> batch,
                               Map<String, ScoreExemplars> made, Map<String, String> failures) {
        var byId = new LinkedHashMap<Integer, String>();
        for (int k = 0; k < batch.size(); k++) {
            byId.put(k + 1, questions.get(batch.get(k)));
        }
        ModelCall call = ask(persona, task, byId, Optional.empty());
        if (call.failed()) {
            batch.forEach(key -> failures.put(key, "generator call failed: " + call.failure().orElseThrow()));
            return;
        }
        var problems = new HashMap<Integer, String>();
        var parsed = parse(call.replyText(), byId.keySet().stream().toList(), problems);
        for (int k = 0; k < batch.size(); k++) {
            String key = batch.get(k);
            var exemplars = parsed.get(k + 1);
            if (exemplars != null) {
                made.put(key, new ScoreExemplars(exemplars, spec));
            } else {
                askAlone(persona, task, key, questions.get(key), problems.get(k + 1), made, failures);
            }
        }
    }

    private void askAlone(Persona persona, Task task, String key, String question, String problem,
                          Map<String, ScoreExemplars> made, Map<String, String> failures) {
        String lastProblem = problem;
        for (int attempt = 1; attempt <= options.reaskAttempts(); attempt++) {
            ModelCall call = ask(persona, task, Map.of(1, question),
                    Optional.of(LlmRubricJudge.reaskNote(attempt, lastProblem)));
            if (call.failed()) {
                failures.put(key, "generator call failed: " + call.failure().orElseThrow());
                return;
            }
            var problems = new HashMap<Integer, String>();
            var parsed = parse(call.replyText(), List.of(1), problems);
            if (parsed.containsKey(1)) {
                made.put(key, new ScoreExemplars(parsed.get(1), spec));
                return;
            }
            lastProblem = problems.get(1);
        }
        failures.put(key, "no usable exemplars after " + options.reaskAttempts() + " re-asks: " + lastProblem);
    }

    private ModelCall ask(Persona persona, Task task, Map<Integer, String> byId, Optional<String> problem) {
        var request = ChatRequest.builder()
                .messages(ExemplarPrompt.messages(persona, task, byId, problem))
                .responseFormat(FORMAT)
                .temperature(0.0) // as the reference code writes them: the same exemplars for the same request
                .build();
        return ModelCall.ask(generator, request);
    }

    /** Five non-blank exemplars per requested id, from a reply; the reason for each id that has none. */
    static Map<Integer, List<String>> parse(String reply, List<Integer> ids, Map<Integer, String> problems) {
        var found = new HashMap<Integer, List<JsonNode>>();
        var root = ModelCall.jsonObject(reply);
        if (root.isPresent() && root.get().path("questions").isArray()) {
            for (JsonNode entry : root.get().get("questions")) {
                if (entry.path("id").isInt() && ids.contains(entry.get("id").intValue())) {
                    found.computeIfAbsent(entry.get("id").intValue(), id -> new ArrayList<>()).add(entry);
                }
            }
        }
        var parsed = new LinkedHashMap<Integer, List<String>>();
        for (int id : ids) {
            var entries = found.getOrDefault(id, List.of());
            String problem = root.isEmpty() ? "the reply is not a JSON object" : problem(id, entries);
            if (problem.isEmpty()) {
                var texts = new ArrayList<String>();
                entries.get(0).get("exemplars").forEach(e -> texts.add(e.textValue().strip()));
                parsed.put(id, texts);
            } else {
                problems.put(id, problem);
            }
        }
        return parsed;
    }

    private static String problem(int id, List<JsonNode> entries) {
        if (entries.isEmpty()) {
            return "no entry for question " + id;
        }
        if (entries.size() > 1) {
            return entries.size() + " entries for question " + id + ", expected exactly one";
        }
        JsonNode exemplars = entries.get(0).path("exemplars");
        if (!exemplars.isArray() || exemplars.size() != Task.MAX_SCORE) {
            return "question " + id + " needs an array of exactly 5 exemplars";
        }
        for (JsonNode exemplar : exemplars) {
            if (!exemplar.isTextual() || exemplar.textValue().isBlank()) {
                return "question " + id + " has a blank or non-text exemplar";
            }
        }
        return "";
    }

    private static JsonObjectSchema schema() {
        var question = JsonObjectSchema.builder()
                .addIntegerProperty("id", "the question id")
                .addProperty("exemplars", JsonArraySchema.builder()
                        .description("five example answers, for scores 1 to 5 in this order")
                        .items(JsonStringSchema.builder().build()).build())
                .required("id", "exemplars")
                .additionalProperties(false)
                .build();
        return JsonObjectSchema.builder()
                .addProperty("questions", JsonArraySchema.builder().items(question).build())
                .required("questions")
                .additionalProperties(false)
                .build();
    }
}
