package io.github.personagym.generation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import io.github.personagym.llm.ModelCall;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One attempt of a writer (questions, multiple-choice questions, a conversation) at getting JSON from the generator,
 * read the same way by all of them: a failed or unreadable reply is noted among the problems with its attempt number;
 * a failure no re-ask can mend (a missing recording, a spent budget, a provider that is down) ends the attempts.
 *
 * @param json the reply to read, when there is one
 * @param stop whether asking again cannot help
 */
record GeneratorAttempt(Optional<JsonNode> json, boolean stop) {

    static GeneratorAttempt ask(ChatModel model, String system, String user, String schemaName, JsonObjectSchema schema,
                                int attempt, List<String> problems) {
        var reply = ModelCall.askForJson(model, system, user, schemaName, schema, Optional.empty());
        if (reply.askingAgainCannotHelp()) {
            problems.add(reply.problem());
            return new GeneratorAttempt(Optional.empty(), true);
        }
        if (reply.json().isEmpty()) {
            problems.add("attempt " + attempt + ": " + reply.problem());
        }
        return new GeneratorAttempt(reply.json(), false);
    }

    /** What a writer does with one reply: adds the items it can use to {@code accepted}; returns why it left others. */
    interface Reader<T> {
        List<String> read(JsonNode reply, List<T> accepted);
    }

    /** The items a writer got, and what went wrong on the way (empty when it got all it asked for at once). */
    record Collected<T>(List<T> accepted, List<String> problems) {
    }

    /**
     * Asks the generator, up to {@code maxAttempts} times, for the items still missing of {@code count}: each prompt
     * is made from how many are missing and those already accepted, each reply read by {@code reader}; an attempt that
     * gave fewer items than asked for, or unusable ones, is noted among the problems.
     *
     * @param field the reply's array of items
     */
    static <T> Collected<T> collect(ChatModel model, String system, String schemaName, JsonObjectSchema schema,
                                    String field, int count, int maxAttempts,
                                    java.util.function.BiFunction<Integer, List<T>, String> prompt, Reader<T> reader) {
        List<T> accepted = new java.util.ArrayList<>();
        List<String> problems = new java.util.ArrayList<>();
        for (int attempt = 1; attempt <= maxAttempts && accepted.size() < count; attempt++) {
            int missing = count - accepted.size();
            var reply = ask(model, system, prompt.apply(missing, List.copyOf(accepted)), schemaName, schema, attempt,
                    problems);
            if (reply.stop()) {
                break;
            }
            if (reply.json().isEmpty()) {
                continue;
            }
            List<T> read = new java.util.ArrayList<>();
            List<String> rejected = reader.read(reply.json().get(), read);
            read.stream().limit(missing).forEach(accepted::add);
            int offered = reply.json().get().path(field).size();
            if (offered < missing || !rejected.isEmpty()) {
                problems.add("attempt " + attempt + ": asked for " + missing + ", got " + offered
                        + (rejected.isEmpty() ? "" : ", unusable: " + String.join("; ", rejected)));
            }
        }
        return new Collected<>(List.copyOf(accepted), List.copyOf(problems));
    }

    /** The suite's environments by their normal form, so that a reply may spell one in another case or spacing. */
    static Map<String, String> byNormalName(List<String> environments) {
        Map<String, String> byNormalName = new LinkedHashMap<>();
        environments.forEach(name -> byNormalName.put(QuestionWriting.normal(name), name));
        return byNormalName;
    }
}
