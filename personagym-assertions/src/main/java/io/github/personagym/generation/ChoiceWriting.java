package io.github.personagym.generation;

import io.github.personagym.suite.SuiteGenerationException;
import dev.langchain4j.model.chat.ChatModel;
import io.github.personagym.llm.ModelCall;
import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import io.github.personagym.Persona;
import io.github.personagym.Task;
import io.github.personagym.metric.Choices;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Asks the generator for the multiple-choice questions of a task of kind {@code choice}: each a question, its options
 * and the letter of the right one, which the persona's description must settle. Every item is checked strictly (a
 * setting of the suite, {@value #FEWEST_OPTIONS} to {@value #MOST_OPTIONS} distinct options, an answer that is one
 * option's letter, no question twice); an unusable item is dropped and the missing number asked for again, and when
 * the attempts are spent the task fails with what was wrong. An answer key is never made up here: what the generator
 * did not give is not written.
 */
final class ChoiceWriting {

    static final int FEWEST_OPTIONS = 3;
    static final int MOST_OPTIONS = 5;
    private static final String FIELD = "questions";
    private static final String SYSTEM = """
            You write multiple-choice test questions for a persona agent: a chatbot that must stay in character and \
            know what its character knows. Each question is put to the persona directly, is set in one of the settings \
            you are given, and asks about something the persona's description settles: their trade, their past, their \
            habits, their beliefs. Give each question three to five short options, exactly one of them right by the \
            description and the others plausible but wrong, and the letter of the right one (A for the first option). \
            Do not put the answer in the question.""";

    private final ChatModel model;
    private final String generatorSpec;
    private final int count;
    private final int maxAttempts;

    ChoiceWriting(ChatModel model, String generatorSpec, int count, int maxAttempts) {
        this.model = model;
        this.generatorSpec = generatorSpec;
        this.count = count;
        this.maxAttempts = maxAttempts;
    }

    List<QuestionWriting.Drafted> write(Persona persona, Task task, List<String> environments) {
        Map<String, String> byLowerCase = GeneratorAttempt.byNormalName(environments);
        Set<String> seen = new HashSet<>();
        var collected = GeneratorAttempt.<QuestionWriting.Drafted>collect(model, SYSTEM, "choice_questions",
                schema(environments), FIELD, count, maxAttempts,
                (missing, written) -> prompt(persona, task, environments, missing, written),
                (json, accepted) -> {
                    List<String> rejected = new ArrayList<>();
                    for (JsonNode item : json.path(FIELD)) {
                        accept(item, byLowerCase, seen).ifPresentOrElse(accepted::add,
                                () -> rejected.add(why(item, byLowerCase, seen)));
                    }
                    return rejected;
                });
        List<QuestionWriting.Drafted> accepted = collected.accepted();
        List<String> problems = collected.problems();
        if (accepted.size() < count) {
            throw new SuiteGenerationException("The generator " + generatorSpec + " wrote " + accepted.size()
                    + " usable multiple-choice question(s) of the " + count + " asked for task '" + task.name()
                    + "' of persona '" + persona.id() + "' in " + maxAttempts + " attempt(s): "
                    + String.join("; ", problems) + ". Try again, lower personagym.questions-per-task, try another"
                    + " generator model, or write the task's questions in the suite file by hand (docs/suites.md).");
        }
        return accepted;
    }

    /** The item as a question with its answer key, when every part of it is usable; marks its text as seen. */
    private static Optional<QuestionWriting.Drafted> accept(JsonNode item, Map<String, String> environments,
                                                            Set<String> seen) {
        if (problem(item, environments, seen).isPresent()) {
            return Optional.empty();
        }
        String question = item.path("question").asText().strip();
        seen.add(QuestionWriting.normal(question));
        List<String> options = options(item);
        Choices choices = new Choices(options, answerIndex(item.path("answer").asText(""), options));
        return Optional.of(new QuestionWriting.Drafted(environments.get(QuestionWriting.normal(
                item.path("environment").asText(""))), question, Optional.of(choices)));
    }

    private static String why(JsonNode item, Map<String, String> environments, Set<String> seen) {
        return problem(item, environments, seen).orElse("unusable");
    }

    /** What makes an item unusable, first problem first; empty when it is usable. */
    private static Optional<String> problem(JsonNode item, Map<String, String> environments, Set<String> seen) {
        String question = item.path("question").asText("").strip();
        String environment = item.path("environment").asText("");
        if (question.isEmpty()) {
            return Optional.of("a blank question");
        }
        if (!environments.containsKey(QuestionWriting.normal(environment))) {
            return Optional.of("'" + environment + "' is not a selected environment");
        }
        if (seen.contains(QuestionWriting.normal(question))) {
            return Optional.of("duplicate " + ModelCall.shown(question));
        }
        List<String> options = options(item);
        if (!item.path("options").isArray() || options.size() < FEWEST_OPTIONS || options.size() > MOST_OPTIONS) {
            return Optional.of(ModelCall.shown(question) + " has " + options.size() + " options, not "
                    + FEWEST_OPTIONS + " to " + MOST_OPTIONS);
        }
        Set<String> distinct = new HashSet<>();
        if (options.stream().anyMatch(option -> option.isBlank() || !distinct.add(QuestionWriting.normal(option)))) {
            return Optional.of(ModelCall.shown(question) + " has blank or repeated options");
        }
        if (answerIndex(item.path("answer").asText(""), options) < 0) {
            return Optional.of(ModelCall.shown(question) + " has the answer '" + item.path("answer").asText("")
                    + "', which is not the letter of one of its " + options.size() + " options");
        }
        return Optional.empty();
    }

    private static List<String> options(JsonNode item) {
        List<String> options = new ArrayList<>();
        item.path("options").forEach(option -> options.add(option.isTextual() ? option.asText().strip() : ""));
        return options;
    }

    /** The index of the option a one-letter answer names ({@code B} or {@code b}); -1 for anything else. */
    private static int answerIndex(String answer, List<String> options) {
        String letter = answer.strip();
        if (letter.length() != 1) {
            return -1;
        }
        int index = Character.toUpperCase(letter.charAt(0)) - 'A';
        return index >= 0 && index < options.size() ? index : -1;
    }

    private static String prompt(Persona persona, Task task, List<String> environments, int missing,
                                 List<QuestionWriting.Drafted> written) {
        var text = new StringBuilder("The persona:\n").append(persona.profile())
                .append("\n\nWhat this test measures (").append(task.name()).append("): ")
                .append(task.description().strip());
        if (!task.questionGuidance().isBlank()) {
            text.append("\nHow its questions should be written: ").append(task.questionGuidance().strip());
        }
        text.append("\n\nThe settings (name each question's setting exactly as written here):\n");
        environments.forEach(name -> text.append("- ").append(name).append('\n'));
        text.append("\nWrite exactly ").append(missing).append(missing == 1 ? " multiple-choice question"
                : " multiple-choice questions").append(", spread over the settings, each about something different.");
        persona.language().ifPresent(language -> text.append(" Write them in the language ").append(language)
                .append(", which the persona speaks."));
        if (!written.isEmpty()) {
            text.append("\nThese questions are already written; do not repeat them or say them in other words:\n");
            written.forEach(q -> text.append("- ").append(q.question().replace('\n', ' ')).append('\n'));
        }
        return text.append("\nAnswer with a JSON object: {\"").append(FIELD).append("\": [{\"environment\":"
                + " \"<setting>\", \"question\": \"<question>\", \"options\": [\"<option A>\", \"<option B>\","
                + " \"<option C>\"], \"answer\": \"<letter of the right option>\"}, ...]}").toString();
    }

    private static JsonObjectSchema schema(List<String> environments) {
        var item = JsonObjectSchema.builder()
                .addProperty("environment", JsonEnumSchema.builder().enumValues(environments).build())
                .addStringProperty("question")
                .addProperty("options", JsonArraySchema.builder()
                        .items(dev.langchain4j.model.chat.request.json.JsonStringSchema.builder().build()).build())
                .addStringProperty("answer")
                .required("environment", "question", "options", "answer")
                .additionalProperties(false)
                .build();
        return JsonObjectSchema.builder()
                .addProperty(FIELD, JsonArraySchema.builder().items(item).build())
                .required(FIELD)
                .additionalProperties(false)
                .build();
    }
}
