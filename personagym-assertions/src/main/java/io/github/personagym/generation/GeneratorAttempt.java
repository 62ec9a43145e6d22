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

    /** The suite's environments by their normal form, so that a reply may spell one in another case or spacing. */
    static Map<String, String> byNormalName(List<String> environments) {
        Map<String, String> byNormalName = new LinkedHashMap<>();
        environments.forEach(name -> byNormalName.put(QuestionWriting.normal(name), name));
        return byNormalName;
    }
}
