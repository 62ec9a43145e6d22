package io.github.personagym.llm;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;
import java.util.Set;

/**
 * A {@link ChatModel} that adds one concern around another. Every way into the model ends in
 * {@link #call(ChatRequest)}; listeners and default parameters stay with the innermost client.
 */
abstract class ChatModelDecorator implements ChatModel {

    abstract ChatResponse call(ChatRequest request);

    abstract Set<Capability> capabilities();

    @Override
    public final ChatResponse chat(ChatRequest request) {
        return call(request);
    }

    @Override
    public final ChatResponse chat(ChatRequest request, ChatRequestOptions options) {
        return call(request);
    }

    @Override
    public final ChatResponse doChat(ChatRequest request) {
        return call(request);
    }

    @Override
    public final List<ChatModelListener> listeners() {
        return List.of();
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return ChatRequestParameters.builder().build();
    }

    @Override
    public ModelProvider provider() {
        return ModelProvider.OTHER;
    }

    @Override
    public final Set<Capability> supportedCapabilities() {
        return capabilities();
    }
}
