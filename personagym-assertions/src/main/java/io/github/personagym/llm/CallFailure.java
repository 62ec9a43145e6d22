package io.github.personagym.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a failed call means for retrying: its HTTP status if any, whether another attempt may succeed, the
 * server's {@code Retry-After}, and a short description.
 */
record CallFailure(OptionalInt status, boolean retryable, Optional<String> retryAfter, String description) {

    private static final int MAX_BODY = 300;

    static CallFailure of(Throwable error) {
        Optional<HttpException> http = find(error, HttpException.class);
        if (http.isPresent()) {
            int status = http.get().statusCode();
            Optional<String> retryAfter = http.get() instanceof ProviderHttpException provider
                    ? provider.retryAfter() : Optional.empty();
            return new CallFailure(OptionalInt.of(status), isRetryableStatus(status), retryAfter,
                    "HTTP " + status + " " + shorten(http.get().getMessage()));
        }
        if (find(error, TimeoutException.class).isPresent() || find(error, HttpTimeoutException.class).isPresent()
                || find(error, java.net.SocketTimeoutException.class).isPresent()) {
            return new CallFailure(OptionalInt.empty(), true, Optional.empty(), "timed out: " + shorten(error.getMessage()));
        }
        if (find(error, JsonProcessingException.class).isPresent()) {
            // a truncated body is usually transient (a dropped connection): asked again, within the attempts
            return new CallFailure(OptionalInt.empty(), true, Optional.empty(),
                    "the reply is not a readable chat response (check the base URL): " + shorten(error.getMessage()));
        }
        if (find(error, IOException.class).isPresent()) {
            return new CallFailure(OptionalInt.empty(), true, Optional.empty(), "I/O error: " + shorten(error.getMessage()));
        }
        return new CallFailure(OptionalInt.empty(), false, Optional.empty(),
                error.getClass().getSimpleName() + ": " + shorten(error.getMessage()));
    }

    static boolean isRetryableStatus(int status) {
        return status == 408 || status == 429 || (status >= 500 && status != 501 && status != 505);
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
