package io.github.personagym.llm;

import io.github.personagym.config.Durations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

/**
 * No connection to the provider's server could be made: refused, an unknown host, no route, or no answer
 * within the connect timeout. Unlike the JDK's {@code ConnectException}, which often has no message at all,
 * it names the host and port it tried and why it failed.
 */
final class ProviderConnectException extends UncheckedIOException {

    private ProviderConnectException(String message, IOException cause) {
        super(message, cause);
    }

    /** The connection to {@code uri} failed with {@code error}, after trying for at most {@code connectTimeout}. */
    static ProviderConnectException of(URI uri, IOException error, Duration connectTimeout) {
        return new ProviderConnectException("cannot connect to " + hostAndPort(uri) + " (" + why(error, connectTimeout)
                + ")", error);
    }

    /** Whether {@code error} means that no connection was made (as opposed to one that broke later). */
    static boolean isConnectFailure(IOException error) {
        return error instanceof java.net.ConnectException || error instanceof HttpConnectTimeoutException
                || error instanceof UnknownHostException || error instanceof NoRouteToHostException;
    }

    private static String why(IOException error, Duration connectTimeout) {
        if (error instanceof HttpConnectTimeoutException) {
            return "no connection within " + Durations.human(connectTimeout);
        }
        if (error instanceof UnknownHostException || causedBy(error, UnresolvedAddressException.class)) {
            return "the host name does not resolve";
        }
        if (error instanceof NoRouteToHostException) {
            return "no route to the host";
        }
        String message = error.getMessage();
        return message == null || message.isBlank() ? "connection refused" : message.strip();
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String hostAndPort(URI uri) {
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getHost() + ":" + port;
    }
}
