package io.github.personagym.llm;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Makes each attempt only while the provider's {@link ProviderCircuit} is closed, and tells the circuit how
 * the attempt went: connected or not, and whether the server asked for a longer wait than the run waits. An
 * attempt that opens the circuit fails with the circuit's message, like every attempt after it.
 */
final class CircuitBreakingChatModel extends ChatModelDecorator {

    private final ChatModel delegate;
    private final ProviderCircuit circuit;
    private final RetryPolicy policy;
    private final Clock clock;

    CircuitBreakingChatModel(ChatModel delegate, ProviderCircuit circuit, RetryPolicy policy, Clock clock) {
        this.delegate = delegate;
        this.circuit = circuit;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    ChatResponse call(ChatRequest request) {
        circuit.check();
        ChatResponse response;
        try {
            response = delegate.chat(request);
        } catch (RuntimeException error) {
            learn(CallFailure.of(error));
            circuit.check();
            throw error;
        }
        circuit.reached();
        return response;
    }

    private void learn(CallFailure failure) {
        if (failure.kind() == CallFailure.Kind.CONNECTION) {
            circuit.connectionFailed(failure.description());
            return;
        }
        if (failure.kind().reachedServer()) {
            circuit.reached();
        }
        Optional<Duration> asked = failure.retryable() ? failure.askedWait(clock) : Optional.empty();
        if (asked.isPresent() && policy.tooLong(asked.get())) {
            circuit.askedTooLongAWait(asked.get(), "HTTP " + failure.status().orElse(0), failure.askedWaitHeader(),
                    policy.maxWait());
        }
    }

    @Override
    Set<Capability> capabilities() {
        return delegate.supportedCapabilities();
    }
}
