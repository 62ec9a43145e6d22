package io.github.personagym.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What a failed call means for retrying: what kind of failure it is, its HTTP status if any, whether
 * another attempt may succeed, the wait the server asked for ({@code Retry-After}, or OpenAI's
 * {@code retry-after-ms}), and a short description.
 */
record CallFailure(Kind kind, OptionalInt status, boolean retryable, Optional<String> retryAfter,
                   OptionalLong retryAfterMillis, String description) {

    /** How far the call got. */
    enum Kind {
        /** The server replied with an error status. */
        REPLY,
        /** No connection could be made: refused, unknown host, no route, connect timeout. */
        CONNECTION,
        /** Connected, but no reply came in time. */
        TIMEOUT,
        /** A reply came that is not a chat response. */
        UNREADABLE,
        /**
         * The connection was closed at once without a byte of reply: a kept-alive connection the server had already
         * closed, which never read the request ({@link ClosedConnectionException}); sent again at once, once.
         */
        CLOSED,
        /** Connected, then the exchange broke. */
        IO,
        /** Anything else, not from the network. */
        OTHER;

        /** Whether the server was reached, which says the endpoint is alive. */
        boolean reachedServer() {
            return this == REPLY || this == TIMEOUT || this == UNREADABLE || this == CLOSED || this == IO;
        }
    }

    private static final int MAX_BODY = 300;

    static CallFailure of(Throwable error) {
        Optional<HttpException> http = find(error, HttpException.class);
        if (http.isPresent()) {
            int status = http.get().statusCode();
            String description = "HTTP " + status + " " + shorten(http.get().getMessage());
            if (http.get() instanceof ProviderHttpException provider) {
                return new CallFailure(Kind.REPLY, OptionalInt.of(status), isRetryableStatus(status),
                        provider.retryAfter(), provider.retryAfterMillis(), description);
            }
            return new CallFailure(Kind.REPLY, OptionalInt.of(status), isRetryableStatus(status), Optional.empty(),
                    OptionalLong.empty(), description);
        }
        Optional<ProviderConnectException> connect = find(error, ProviderConnectException.class);
        if (connect.isPresent()) {
            return failure(Kind.CONNECTION, true, connect.get().getMessage());
        }
        if (find(error, TimeoutException.class).isPresent() || find(error, HttpTimeoutException.class).isPresent()
                || find(error, java.net.SocketTimeoutException.class).isPresent()) {
            return failure(Kind.TIMEOUT, true, "timed out: " + shorten(error.getMessage()));
        }
        if (find(error, JsonProcessingException.class).isPresent()) {
            // a truncated body is usually transient (a dropped connection): asked again, within the attempts
            return failure(Kind.UNREADABLE, true,
                    "the reply is not a readable chat response (check the base URL): " + shorten(error.getMessage()));
        }
        if (find(error, ClosedConnectionException.class).isPresent()) {
            return failure(Kind.CLOSED, true, "the server closed the connection before any byte of reply: "
                    + shorten(error.getMessage()));
        }
        if (find(error, IOException.class).isPresent()) {
            return failure(Kind.IO, true, "I/O error: " + shorten(error.getMessage()));
        }
        return failure(Kind.OTHER, false, error.getClass().getSimpleName() + ": " + shorten(error.getMessage()));
    }

    static boolean isRetryableStatus(int status) {
        return status == 408 || status == 429 || (status >= 500 && status != 501 && status != 505);
    }

    /** The wait the server asked for, if it said and it can be read: {@code retry-after-ms} first. */
    Optional<Duration> askedWait(Clock clock) {
        if (retryAfterMillis.isPresent()) {
            return Optional.of(Duration.ofMillis(retryAfterMillis.getAsLong()));
        }
        return retryAfter.flatMap(value -> RetryPolicy.retryAfter(value, clock));
    }

    /** The header that asked for a wait, as the server sent it, e.g. {@code Retry-After: 100000}. */
    String askedWaitHeader() {
        if (retryAfterMillis.isPresent()) {
            return "retry-after-ms: " + retryAfterMillis.getAsLong();
        }
        return retryAfter.map(value -> "Retry-After: " + value.strip()).orElse("no Retry-After");
    }

    private static CallFailure failure(Kind kind, boolean retryable, String description) {
        return new CallFailure(kind, OptionalInt.empty(), retryable, Optional.empty(), OptionalLong.empty(), description);
    }

    private static <T extends Throwable> Optional<T> find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static String shorten(String text) {
        String oneLine = text == null ? "(no message)" : text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= MAX_BODY ? oneLine : oneLine.substring(0, MAX_BODY) + "…";
    }
}
