package io.github.personagym.generation;

import io.github.personagym.suite.SuiteGenerationException;
import io.github.personagym.llm.ModelCall;
import dev.langchain4j.model.chat.ChatModel;
import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import io.github.personagym.Persona;
import io.github.personagym.Task;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Asks the generator for the questions of one task, checks them, and asks again for the missing number
 * when some are unusable.
 */
final class QuestionWriting {

    /**
     * A question as the generator wrote it, with its environment spelled as in the suite, and for a judge-free task
     * what a right answer is.
     */
    record Drafted(String environment, String question, Optional<io.github.personagym.metric.AnswerKey> answerKey) {

        Drafted(String environment, String question) {
            this(environment, question, Optional.empty());
        }
    }

    private static final String FIELD = "questions";
    private static final String SYSTEM = """
            You write test questions for a persona agent: a chatbot that must stay in character. Each question \
            is put to the persona directly, is set in one of the settings you are given, stands on its own, and \
            serves the stated purpose of the test. Make every question demanding: a situation that takes several \
            steps of thought or action to handle well, so that the reply shows how the persona reasons and acts, not \
            only how it talks. Write only questions, never their answers.""";

    private final ChatModel model;
    private final String generatorSpec;
    private final int count;
    private final int maxAttempts;

    QuestionWriting(ChatModel model, String generatorSpec, int count, int maxAttempts) {
        this.model = model;
        this.generatorSpec = generatorSpec;
        this.count = count;
        this.maxAttempts = maxAttempts;
    }

    List<Drafted> write(Persona persona, Task task, List<String> environments) {
        Map<String, String> byLowerCase = GeneratorAttempt.byNormalName(environments);
        Set<String> seen = new HashSet<>();
        var collected = GeneratorAttempt.<Drafted>collect(model, SYSTEM, "questions", schema(environments), FIELD, count,
                maxAttempts, (missing, written) -> prompt(persona, task, environments, missing, written),
                (json, accepted) -> accept(json, byLowerCase, seen, accepted));
        List<Drafted> accepted = collected.accepted();
        List<String> problems = collected.problems();
        if (accepted.size() < count) {
            throw new SuiteGenerationException("The generator " + generatorSpec + " wrote " + accepted.size()
                    + " usable question(s) of the " + count + " asked for task '" + task.name() + "' of persona '"
                    + persona.id() + "' in " + maxAttempts + " attempt(s): " + String.join("; ", problems)
                    + ". Try again, lower personagym.questions-per-task, or try another generator model.");
        }
        return accepted;
    }

    private static List<String> accept(JsonNode json, Map<String, String> environments, Set<String> seen,
                                       List<Drafted> accepted) {
        List<String> rejected = new ArrayList<>();
        for (JsonNode item : json.path(FIELD)) {
            String question = item.path("question").asText("").strip();
            String environment = environments.get(normal(item.path("environment").asText("")));
            if (question.isEmpty()) {
                rejected.add("a blank question");
            } else if (environment == null) {
                rejected.add("'" + item.path("environment").asText("") + "' is not a selected environment");
            } else if (!seen.add(normal(question))) {
                rejected.add("duplicate " + ModelCall.shown(question));
            } else {
                accepted.add(new Drafted(environment, question));
            }
        }
        return rejected;
    }

    private static String prompt(Persona persona, Task task, List<String> environments, int missing,
                                 List<Drafted> written) {
        var text = new StringBuilder("The persona:\n").append(persona.profile())
                .append("\n\nWhat this test measures (").append(task.name()).append("): ")
                .append(task.description().strip())
                .append("\nHow its questions should be written: ").append(task.questionGuidance().strip())
                .append("\n\nThe settings (name each question's setting exactly as written here):\n");
        environments.forEach(name -> text.append("- ").append(name).append('\n'));
        text.append("\nWrite exactly ").append(missing).append(missing == 1 ? " question" : " questions")
                .append(", spread over the settings, each different from the others.");
        persona.language().ifPresent(language -> text.append(" Write them in the language ").append(language)
                .append(", which the persona speaks."));
        if (!written.isEmpty()) {
            text.append("\nThese questions are already written; do not repeat them or say them in other words:\n");
            written.forEach(q -> text.append("- ").append(q.question().replace('\n', ' ')).append('\n'));
        }
        return text.append("\nAnswer with a JSON object: {\"").append(FIELD)
                .append("\": [{\"environment\": \"<setting>\", \"question\": \"<question>\"}, ...]}").toString();
    }

    private static JsonObjectSchema schema(List<String> environments) {
        var item = JsonObjectSchema.builder()
                .addProperty("environment", JsonEnumSchema.builder().enumValues(environments).build())
                .addStringProperty("question")
                .required("environment", "question")
                .additionalProperties(false)
                .build();
        return JsonObjectSchema.builder()
                .addProperty(FIELD, JsonArraySchema.builder().items(item).build())
                .required(FIELD)
                .additionalProperties(false)
                .build();
    }

    /** Case and runs of white space do not make a question (or a name) different. */
    static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
