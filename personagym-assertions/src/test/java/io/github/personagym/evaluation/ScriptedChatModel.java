package io.github.personagym.evaluation;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A test double of a generator model: scripted replies, no model behind them. A reply is chosen by the
 * first script whose marker occurs in the request's user message; each script's replies are used in order.
 */
public final class ScriptedChatModel implements ChatModel {

    private final Map<String, Deque<String>> scripts = new LinkedHashMap<>();
    private final List<ChatRequest> requests = new ArrayList<>();

    /** Replies (scripted JSON) to requests whose user message contains {@code marker}, in order. */
    public synchronized ScriptedChatModel on(String marker, String... replies) {
        scripts.computeIfAbsent(marker, m -> new ArrayDeque<>()).addAll(List.of(replies));
        return this;
    }

    @Override
    public synchronized ChatResponse doChat(ChatRequest request) {
        requests.add(request);
        String user = userText(request);
        for (var script : scripts.entrySet()) {
            if (user.contains(script.getKey()) && !script.getValue().isEmpty()) {
                return ChatResponse.builder().aiMessage(AiMessage.from(script.getValue().poll())).build();
            }
        }
        throw new IllegalStateException("No scripted reply left for: " + user);
    }

    public synchronized List<ChatRequest> requests() {
        return List.copyOf(requests);
    }

    public synchronized List<ChatRequest> requestsNamed(String schemaName) {
        return requests.stream()
                .filter(r -> r.responseFormat() != null && r.responseFormat().jsonSchema() != null
                        && r.responseFormat().jsonSchema().name().equals(schemaName))
                .toList();
    }

    public static String userText(ChatRequest request) {
        return request.messages().stream()
                .filter(UserMessage.class::isInstance)
                .map(m -> ((UserMessage) m).singleText())
                .reduce("", String::concat);
    }
}
