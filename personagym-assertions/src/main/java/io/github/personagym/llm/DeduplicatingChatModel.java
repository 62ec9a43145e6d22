package io.github.personagym.llm;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.LongAdder;

/**
 * Makes identical requests that are in flight at the same time once: the first caller calls the model, the
 * others wait for its reply (or its failure). Requests are identical when their recording keys are, so
 * this agrees with what the recordings folder would replay.
 */
final class DeduplicatingChatModel extends ChatModelDecorator {

    private final ChatModel delegate;
    private final String provider;
    private final String model;
    private final Map<String, CompletableFuture<ChatResponse>> inFlight;
    private final LongAdder shared = new LongAdder();

    /** @param inFlight the requests in flight, by key; share one map between models to share their calls */
    DeduplicatingChatModel(ChatModel delegate, String provider, String model,
            Map<String, CompletableFuture<ChatResponse>> inFlight) {
        this.delegate = delegate;
        this.provider = provider;
        this.model = model;
        this.inFlight = inFlight;
    }

    @Override
    ChatResponse call(ChatRequest request) {
        String key = CanonicalRequest.of(provider, model, request).key();
        CompletableFuture<ChatResponse> mine = new CompletableFuture<>();
        CompletableFuture<ChatResponse> first = inFlight.putIfAbsent(key, mine);
        if (first != null) {
            shared.increment();
            return await(first);
        }
        try {
            ChatResponse response = delegate.chat(request);
            mine.complete(response);
            return response;
        } catch (RuntimeException | Error error) {
            mine.completeExceptionally(error);
            throw error;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    /** Calls answered by another caller's identical request. */
    long shared() {
        return shared.sum();
    }

    private static ChatResponse await(CompletableFuture<ChatResponse> first) {
        try {
            return first.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for an identical request in flight", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("An identical request in flight failed", e.getCause());
        }
    }

    @Override
    Set<Capability> capabilities() {
        return delegate.supportedCapabilities();
    }
}
