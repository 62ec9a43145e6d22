package io.github.personagym.llm;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.Set;

/** Counts every call that comes back into a {@link UsageMeter}. */
final class MeteredChatModel extends ChatModelDecorator {

    private final ChatModel delegate;
    private final String spec;
    private final UsageMeter meter;

    MeteredChatModel(ChatModel delegate, String spec, UsageMeter meter) {
        this.delegate = delegate;
        this.spec = spec;
        this.meter = meter;
    }

    @Override
    ChatResponse call(ChatRequest request) {
        ChatResponse response = delegate.chat(request);
        meter.recordCall(spec, CanonicalRequest.promptCharacters(request), response.tokenUsage());
        return response;
    }

    @Override
    Set<Capability> capabilities() {
        return delegate.supportedCapabilities();
    }
}
