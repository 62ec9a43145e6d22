package io.github.personagym.suite;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The generator could not make a usable suite; the message says what was asked and what came back. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SuiteGenerationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SuiteGenerationException(String message) {
        super(message);
    }

    public SuiteGenerationException(String message, Throwable cause) {
        super(message, cause);
    }
}
