package io.github.personagym.llm;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.github.personagym.config.Durations;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleSupplier;

/**
 * Retries failed calls: rate limits (429), server errors (5xx), timeouts and I/O errors, waiting as long as
 * {@code Retry-After} asks or else with exponential backoff and jitter. Refusals (400, 401, 403, 404) and
 * unreadable replies fail at once. A request whose connection was closed at once without a byte of reply
 * ({@link CallFailure.Kind#CLOSED}: a kept-alive connection the server had closed, which never read it; timed from
 * the moment it was sent, not from when it began to wait for a slot) is sent again at once the first time; a second
 * such failure of the same call waits like any I/O error, and so does a connection closed later than that. A call that fails for good throws
 * {@link ModelCallException}; a provider
 * that is out of reach for the run ({@link ProviderUnavailableException}) is not retried, and its message
 * is passed on as it is, the same for every call.
 */
final class RetryingChatModel extends ChatModelDecorator {

    private final ChatModel delegate;
    private final String spec;
    private final RetryPolicy policy;
    private final Secrets secrets;
    private final Sleeper sleeper;
    private final Clock clock;
    private final DoubleSupplier random;

    RetryingChatModel(ChatModel delegate, String spec, RetryPolicy policy, Secrets secrets,
            Sleeper sleeper, Clock clock, DoubleSupplier random) {
        this.delegate = delegate;
        this.spec = spec;
        this.policy = policy;
        this.secrets = secrets;
        this.sleeper = sleeper;
        this.clock = clock;
        this.random = random;
    }

    @Override
    ChatResponse call(ChatRequest request) {
        boolean resent = false;
        for (int attempt = 1; ; attempt++) {
            try {
                return delegate.chat(request);
            } catch (ProviderUnavailableException unavailable) {
                throw unavailable;
            } catch (RuntimeException error) {
                CallFailure failure = CallFailure.of(error);
                if (!failure.retryable() || attempt >= policy.maxAttempts()) {
                    throw failed(attempt, failure, error, "");
                }
                if (failure.kind() == CallFailure.Kind.CLOSED && !resent) {
                    resent = true;
                    continue;
                }
                Optional<Duration> wait = waitBefore(attempt + 1, failure);
                if (wait.isEmpty()) {
                    throw failed(attempt, failure, error, " (the server asked to wait, " + failure.askedWaitHeader()
                            + ", longer than a run waits, " + Durations.human(policy.maxWait()) + ")");
                }
                pause(wait.get(), attempt, failure, error);
            }
        }
    }

    private Optional<Duration> waitBefore(int nextAttempt, CallFailure failure) {
        Optional<Duration> asked = failure.askedWait(clock);
        if (asked.isPresent()) {
            return asked.filter(duration -> !policy.tooLong(duration));
        }
        return Optional.of(policy.backoff(nextAttempt - 1, random));
    }

    private void pause(Duration wait, int attempt, CallFailure failure, RuntimeException error) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw failed(attempt, failure, error, " (interrupted while waiting to retry)");
        }
    }

    private ModelCallException failed(int attempts, CallFailure failure, RuntimeException error, String note) {
        String description = secrets.redact(failure.description() + note);
        Throwable cause = secrets.appearIn(error) ? null : error;
        return new ModelCallException(spec, attempts, failure.status(), description, cause);
    }

    @Override
    Set<Capability> capabilities() {
        return delegate.supportedCapabilities();
    }
}
