package io.github.personagym.suite;

/** The generator could not make a usable suite; the message says what was asked and what came back. */
public final class SuiteGenerationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SuiteGenerationException(String message) {
        super(message);
    }

    public SuiteGenerationException(String message, Throwable cause) {
        super(message, cause);
    }
}
