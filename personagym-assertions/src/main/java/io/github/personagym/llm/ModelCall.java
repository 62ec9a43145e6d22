package io.github.personagym.llm;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One call to a model whose reply the framework reads (judges, exemplar, environment and question generation):
 * the reply text, or why there is none; and the one way all of them read a JSON reply. The model layer has
 * already retried; a call that still fails is reported here, never retried again by this class.
 *
 * @param reply                 the reply text, when the call returned one
 * @param failure               why there is no reply
 * @param askingAgainCannotHelp the failure is one no re-ask can mend: a missing recording in replay, a spent
 *                              budget, a provider that is down
 */
@API(status = INTERNAL, since = "0.1")
public record ModelCall(Optional<String> reply, Optional<String> failure, boolean askingAgainCannotHelp) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Pattern FENCED = Pattern.compile("\\A```[A-Za-z]*\\s*(.*?)\\s*```\\z", Pattern.DOTALL);
    private static final int MAX_MESSAGE = 2000;
    private static final int SHOWN_REPLY_CHARS = 300;

    /** The outcome of a call that asked for a JSON object: the object, or what went wrong (with the raw reply). */
    public record JsonReply(Optional<JsonNode> json, String problem, String raw, boolean askingAgainCannotHelp) {
    }

    public static ModelCall ask(ChatModel model, ChatRequest request) {
        try {
            var response = model.chat(request);
            String text = response == null || response.aiMessage() == null ? null : response.aiMessage().text();
            return new ModelCall(Optional.of(text == null ? "" : text), Optional.empty(), false);
        } catch (RecordingMissingException | BudgetExhaustedException | ProviderUnavailableException e) {
            return new ModelCall(Optional.empty(), Optional.of(describe(e)), true);
        } catch (RuntimeException e) {
            return new ModelCall(Optional.empty(), Optional.of(describe(e)), false);
        }
    }

    /**
     * Asks for one JSON object of the given schema (structured output where the provider offers it) and reads
     * the reply as {@link #jsonObject(String)} does.
     */
    public static JsonReply askForJson(ChatModel model, String system, String user, String schemaName,
                                       JsonObjectSchema schema, Optional<Double> temperature) {
        var request = ChatRequest.builder()
                .messages(SystemMessage.from(system), UserMessage.from(user))
                .responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON)
                        .jsonSchema(JsonSchema.builder().name(schemaName).rootElement(schema).build()).build());
        temperature.ifPresent(request::temperature);
        ModelCall call = ask(model, request.build());
        if (call.failed()) {
            return new JsonReply(Optional.empty(), "the call failed: " + call.failure().orElseThrow(), "",
                    call.askingAgainCannotHelp());
        }
        String raw = call.replyText();
        return jsonObject(raw).map(json -> new JsonReply(Optional.of(json), "", raw, false))
                .orElseGet(() -> new JsonReply(Optional.empty(), "the reply is not one JSON object: " + shown(raw),
                        raw, false));
    }

    /** A reply cut to a length that fits an error message. */
    public static String shown(String raw) {
        String flat = raw.strip().replaceAll("\\s+", " ");
        return flat.length() <= SHOWN_REPLY_CHARS ? "'" + flat + "'"
                : "'" + flat.substring(0, SHOWN_REPLY_CHARS) + "\u2026'";
    }

    public boolean failed() {
        return failure.isPresent();
    }

    public String replyText() {
        return reply.orElse("");
    }

    /**
     * The reply as a JSON object: the whole reply, or the whole reply inside one Markdown code fence. Anything
     * after the object (a second object, an echo, trailing text) makes the reply unreadable, so an echoed
     * verdict can never be taken before the judge's own.
     */
    public static Optional<JsonNode> jsonObject(String reply) {
        String body = reply.strip();
        var fenced = FENCED.matcher(body);
        if (fenced.matches()) {
            body = fenced.group(1);
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /**
     * The failure in words. Our own messages end in what to do, so a message too long to show whole loses its
     * middle, never its end.
     */
    public static String describe(RuntimeException e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().strip();
        String text = e.getClass().getSimpleName() + message;
        if (text.length() <= MAX_MESSAGE) {
            return text;
        }
        int head = MAX_MESSAGE / 3;
        int tail = MAX_MESSAGE - head;
        return text.substring(0, head) + " … (" + (text.length() - MAX_MESSAGE) + " characters left out) … "
                + text.substring(text.length() - tail);
    }
}
