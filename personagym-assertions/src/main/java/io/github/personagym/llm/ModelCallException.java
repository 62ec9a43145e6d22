package io.github.personagym.llm;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.OptionalInt;

/**
 * A model call failed for good: the provider refused it, or it kept failing after every attempt. The
 * message names the model spec, the attempts and the last HTTP status and error, never an API key.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ModelCallException extends RuntimeException {

    private final String spec;
    private final int attempts;
    private final OptionalInt lastStatus;

    ModelCallException(String spec, int attempts, OptionalInt lastStatus, String lastError, Throwable cause) {
        super(message(spec, attempts, lastStatus, lastError), cause);
        this.spec = spec;
        this.attempts = attempts;
        this.lastStatus = lastStatus;
    }

    private static String message(String spec, int attempts, OptionalInt status, String lastError) {
        return "Model call to " + spec + " failed after " + attempts + (attempts == 1 ? " attempt" : " attempts")
                + (status.isPresent() ? " (last HTTP status " + status.getAsInt() + ")" : "") + ": " + lastError;
    }

    /** The model spec (or label) of the failed call. */
    public String spec() {
        return spec;
    }

    public int attempts() {
        return attempts;
    }

    /** The HTTP status of the last failure, when there was one. */
    public OptionalInt lastStatus() {
        return lastStatus;
    }
}
