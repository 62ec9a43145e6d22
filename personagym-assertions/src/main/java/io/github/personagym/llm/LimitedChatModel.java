package io.github.personagym.llm;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * Holds a slot of the provider's {@link AdaptiveLimit} for each attempt and tells the limit how it went.
 * It sits inside the retries, so that a call waiting out a backoff holds no slot and the limit sees every
 * 429, not only the last one. Retries run on the caller's thread, so a thread remembers the pause its own
 * 429 set: it has waited that out in {@link RetryingChatModel} and does not wait for it again.
 */
final class LimitedChatModel extends ChatModelDecorator {

    private final ChatModel delegate;
    private final AdaptiveLimit limit;
    private final RetryPolicy policy;
    private final Clock clock;
    private final ThreadLocal<Long> pauseWaitedOut = ThreadLocal.withInitial(() -> AdaptiveLimit.NO_PAUSE);

    LimitedChatModel(ChatModel delegate, AdaptiveLimit limit, RetryPolicy policy, Clock clock) {
        this.delegate = delegate;
        this.limit = limit;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    ChatResponse call(ChatRequest request) {
        AdaptiveLimit.Permit permit;
        try {
            permit = limit.acquire(pauseWaitedOut.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a free slot to call the model", e);
        }
        ChatResponse response;
        try {
            response = delegate.chat(request);
        } catch (RuntimeException error) {
            release(permit, error);
            throw error;
        } catch (Error error) {
            limit.failed(permit);
            throw error;
        }
        pauseWaitedOut.remove();
        limit.succeeded(permit);
        return response;
    }

    /** Gives the slot back after a failed attempt, whatever reading the failure throws. */
    private void release(AdaptiveLimit.Permit permit, RuntimeException error) {
        boolean released = false;
        try {
            CallFailure failure = CallFailure.of(error);
            if (failure.status().orElse(0) == 429) {
                pauseWaitedOut.set(limit.rateLimited(permit, pause(failure)));
                released = true;
            }
        } finally {
            if (!released) {
                pauseWaitedOut.remove();
                limit.failed(permit);
            }
        }
    }

    /**
     * How long the provider asked everyone to wait. A wait longer than a run waits pauses no one: the call
     * that met it gives up, and the provider's {@link ProviderCircuit} fails the calls after it.
     */
    private Duration pause(CallFailure failure) {
        return failure.askedWait(clock).filter(wait -> !policy.tooLong(wait)).orElse(Duration.ZERO);
    }

    @Override
    Set<Capability> capabilities() {
        return delegate.supportedCapabilities();
    }
}
