package io.github.personagym.judge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.Optional;

/**
 * One call to a model, reduced to what judges need: the reply text, or why there is none. The model layer
 * has already retried; a call that still fails is reported here and never retried again.
 */
record ModelCall(Optional<String> reply, Optional<String> failure) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final java.util.regex.Pattern FENCED = java.util.regex.Pattern.compile(
            "\\A```[A-Za-z]*\\s*(.*?)\\s*```\\z", java.util.regex.Pattern.DOTALL);
    private static final int MAX_MESSAGE = 2000;

    static ModelCall ask(ChatModel model, ChatRequest request) {
        try {
            var response = model.chat(request);
            String text = response == null || response.aiMessage() == null ? null : response.aiMessage().text();
            return new ModelCall(Optional.of(text == null ? "" : text), Optional.empty());
        } catch (RuntimeException e) {
            return new ModelCall(Optional.empty(), Optional.of(describe(e)));
        }
    }

    boolean failed() {
        return failure.isPresent();
    }

    String replyText() {
        return reply.orElse("");
    }

    /**
     * The reply as a JSON object: the whole reply, or the whole reply inside one Markdown code fence. Anything
     * after the object (a second object, an echo, trailing text) makes the reply unreadable, so an echoed
     * verdict can never be taken before the judge's own.
     */
    static Optional<JsonNode> jsonObject(String reply) {
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
    static String describe(RuntimeException e) {
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
