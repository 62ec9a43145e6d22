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
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Asks the generator for the user's side of one conversation with the persona, for a task of kind conversation: a
 * set number of user messages in one environment, in order. A reply with another number of messages, a blank or a
 * repeated one, or an unknown environment is asked again.
 */
final class ConversationWriting {

    /** A conversation as the generator wrote it: its environment, spelled as in the suite, and the user's turns. */
    record Drafted(String environment, List<String> turns) {
    }

    private static final String FIELD = "turns";
    private static final String SYSTEM = """
            You write the user's side of a conversation with a persona agent: a chatbot that must stay in \
            character. The user talks to the persona directly, in one of the settings you are given, one message \
            per turn, each following on from the conversation so far as a person would; the persona's answers are \
            not written. The conversation serves the stated purpose of the test and runs long enough to show whether \
            the persona stays itself to the end. Write only the user's messages.""";

    private final ChatModel model;
    private final String generatorSpec;
    private final int turns;
    private final int maxAttempts;

    ConversationWriting(ChatModel model, String generatorSpec, int turns, int maxAttempts) {
        this.model = model;
        this.generatorSpec = generatorSpec;
        this.turns = turns;
        this.maxAttempts = maxAttempts;
    }

    Drafted write(Persona persona, Task task, List<String> environments) {
        Map<String, String> byNormalName = GeneratorAttempt.byNormalName(environments);
        List<String> problems = new ArrayList<>();
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            var reply = GeneratorAttempt.ask(model, SYSTEM, prompt(persona, task, environments), "conversation",
                    schema(environments), attempt, problems);
            if (reply.stop()) {
                break;
            }
            if (reply.json().isEmpty()) {
                continue;
            }
            Optional<String> problem = problem(reply.json().get(), byNormalName);
            if (problem.isEmpty()) {
                JsonNode json = reply.json().get();
                List<String> messages = new ArrayList<>();
                json.path(FIELD).forEach(turn -> messages.add(turn.asText().strip()));
                return new Drafted(byNormalName.get(QuestionWriting.normal(json.path("environment").asText())), messages);
            }
            problems.add("attempt " + attempt + ": " + problem.get());
        }
        throw new SuiteGenerationException("The generator " + generatorSpec + " wrote no usable conversation of "
                + turns + " turns for task '" + task.name() + "' of persona '" + persona.id() + "' in " + maxAttempts
                + " attempt(s): " + String.join("; ", problems) + ". Try again, change personagym.conversation.turns,"
                + " try another generator model, or write the conversation in the suite by hand (docs/suites.md).");
    }

    private Optional<String> problem(JsonNode json, Map<String, String> environments) {
        String environment = json.path("environment").asText("");
        if (!environments.containsKey(QuestionWriting.normal(environment))) {
            return Optional.of("'" + environment + "' is not a selected environment");
        }
        JsonNode written = json.path(FIELD);
        if (written.size() != turns) {
            return Optional.of("asked for " + turns + " turns, got " + written.size());
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode turn : written) {
            String text = turn.asText("").strip();
            if (text.isEmpty()) {
                return Optional.of("a blank turn");
            }
            if (!seen.add(QuestionWriting.normal(text))) {
                return Optional.of("turn " + ModelCall.shown(text) + " is written twice");
            }
        }
        return Optional.empty();
    }

    private String prompt(Persona persona, Task task, List<String> environments) {
        var text = new StringBuilder("The persona:\n").append(persona.profile())
                .append("\n\nWhat this test measures (").append(task.name()).append("): ")
                .append(task.description().strip())
                .append("\nHow its conversation should be written: ").append(task.questionGuidance().strip())
                .append("\n\nThe settings (name the conversation's setting exactly as written here):\n");
        environments.forEach(name -> text.append("- ").append(name).append('\n'));
        text.append("\nWrite one conversation of exactly ").append(turns).append(" user messages, in order, in one of"
                + " the settings, each different from the others.");
        persona.language().ifPresent(language -> text.append(" Write them in the language ").append(language)
                .append(", which the persona speaks."));
        return text.append("\nAnswer with a JSON object: {\"environment\": \"<setting>\", \"").append(FIELD)
                .append("\": [\"<first message>\", ...]}").toString();
    }

    private static JsonObjectSchema schema(List<String> environments) {
        return JsonObjectSchema.builder()
                .addProperty("environment", JsonEnumSchema.builder().enumValues(environments).build())
                .addProperty(FIELD, JsonArraySchema.builder()
                        .items(dev.langchain4j.model.chat.request.json.JsonStringSchema.builder().build()).build())
                .required("environment", FIELD)
                .additionalProperties(false)
                .build();
    }
}
