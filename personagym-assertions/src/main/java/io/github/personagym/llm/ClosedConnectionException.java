package io.github.personagym.llm;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The server closed the connection without a byte of reply, at once: the mark of a kept-alive connection it had
 * already closed, which never read the request ({@link CallFailure.Kind#CLOSED}). Told apart where the request is
 * sent ({@link StatusKeepingHttpClient}), which alone knows how long the exchange took.
 */
final class ClosedConnectionException extends UncheckedIOException {

    /** How soon a closed connection must fail to count as one the server had closed before the request came. */
    static final java.time.Duration AT_ONCE = java.time.Duration.ofSeconds(1);

    ClosedConnectionException(IOException cause) {
        super(cause);
    }

    /**
     * Whether the JDK's HTTP client met a connection closed where it expected a reply's first line (its
     * {@code IOException} says that the header parser received no bytes, its wording from JDK 11 on), within
     * {@link #AT_ONCE} of sending.
     */
    static boolean closedAtOnce(IOException error, long sentNanos, long failedNanos) {
        return failedNanos - sentNanos < AT_ONCE.toNanos() && error.getMessage() != null
                && error.getMessage().contains("header parser received no bytes");
    }
}
