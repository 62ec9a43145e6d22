package io.github.personagym.judge;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A test double of a chat model: its replies are SCRIPTED by the test, never produced by a model. It keeps
 * every request so that tests can read the prompts.
 */
public final class ScriptedChatModel implements ChatModel {

    private final Function<ChatRequest, String> script;
    private final List<ChatRequest> requests = new ArrayList<>();

    private ScriptedChatModel(Function<ChatRequest, String> script) {
        this.script = script;
    }

    /** Replies in order, one per call; a call beyond the script fails the test. */
    public static ScriptedChatModel replying(String... replies) {
        var queue = new ArrayList<>(List.of(replies));
        return new ScriptedChatModel(request -> {
            if (queue.isEmpty()) {
                throw new AssertionError("Unexpected extra model call:\n" + userText(request));
            }
            return queue.remove(0);
        });
    }

    /** A reply computed from the request (its user message text). */
    static ScriptedChatModel answering(Function<String, String> script) {
        return new ScriptedChatModel(request -> script.apply(userText(request)));
    }

    /** A model whose every call fails, as after the model layer gave up retrying. */
    public static ScriptedChatModel failing(String message) {
        return new ScriptedChatModel(request -> {
            throw new IllegalStateException(message);
        });
    }

    @Override
    public synchronized ChatResponse doChat(ChatRequest request) {
        requests.add(request);
        return ChatResponse.builder().aiMessage(AiMessage.from(script.apply(request))).build();
    }

    public synchronized List<ChatRequest> requests() {
        return List.copyOf(requests);
    }

    public synchronized List<String> prompts() {
        return requests.stream().map(ScriptedChatModel::userText).toList();
    }

    static String userText(ChatRequest request) {
        return request.messages().stream().filter(UserMessage.class::isInstance)
                .map(m -> ((UserMessage) m).singleText()).findFirst().orElseThrow();
    }
}
