package io.github.personagym.gym;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.AiMessage;
import io.github.personagym.llm.BudgetExhaustedException;
import io.github.personagym.llm.ProviderUnavailableException;
import io.github.personagym.llm.RecordingMissingException;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import java.util.Optional;

/** One call to the generator asking for JSON of a given schema, and the parse of its reply. */
final class StructuredCall {

    /** The outcome of one call: the parsed JSON, or what went wrong, with the raw reply when there was one. */
    record Reply(Optional<JsonNode> json, String problem, String raw, boolean askingAgainCannotHelp) {

        static Reply of(JsonNode json, String raw) {
            return new Reply(Optional.of(json), "", raw, false);
        }

        static Reply failed(String problem, String raw) {
            return new Reply(Optional.empty(), problem, raw, false);
        }

        /** A failure no re-ask can mend: a missing recording in replay, a spent budget, a provider that is down. */
        static Reply finalFailure(String problem) {
            return new Reply(Optional.empty(), problem, "", true);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SHOWN_REPLY_CHARS = 300;

    private final ChatModel model;

    StructuredCall(ChatModel model) {
        this.model = model;
    }

    Reply ask(String system, String user, String schemaName, JsonObjectSchema schema, Optional<Double> temperature) {
        var request = ChatRequest.builder()
                .messages(SystemMessage.from(system), UserMessage.from(user))
                .responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON)
                        .jsonSchema(JsonSchema.builder().name(schemaName).rootElement(schema).build()).build());
        temperature.ifPresent(request::temperature);
        String raw;
        try {
            AiMessage message = model.chat(request.build()).aiMessage();
            raw = message == null || message.text() == null ? "" : message.text();
        } catch (RecordingMissingException | BudgetExhaustedException | ProviderUnavailableException e) {
            return Reply.finalFailure(e.getMessage());
        } catch (RuntimeException e) {
            return Reply.failed("the call failed: " + e.getClass().getSimpleName() + ": " + e.getMessage(), "");
        }
        try {
            JsonNode json = JSON.readTree(withoutCodeFence(raw));
            return json != null && json.isObject() ? Reply.of(json, raw)
                    : Reply.failed("the reply is not a JSON object: " + shown(raw), raw);
        } catch (JsonProcessingException e) {
            return Reply.failed("the reply is not JSON: " + shown(raw), raw);
        }
    }

    /** A reply cut to a length that fits an error message. */
    static String shown(String raw) {
        String flat = raw.strip().replaceAll("\\s+", " ");
        return flat.length() <= SHOWN_REPLY_CHARS ? "'" + flat + "'" : "'" + flat.substring(0, SHOWN_REPLY_CHARS) + "…'";
    }

    /** Models without structured output often wrap JSON in a Markdown code fence. */
    private static String withoutCodeFence(String raw) {
        String text = raw.strip();
        if (text.startsWith("```")) {
            int firstLineEnd = text.indexOf('\n');
            int fenceEnd = text.lastIndexOf("```");
            if (firstLineEnd > 0 && fenceEnd > firstLineEnd) {
                return text.substring(firstLineEnd + 1, fenceEnd);
            }
        }
        return text;
    }
}
