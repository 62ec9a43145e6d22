package io.github.personagym.junit.engine;

import org.opentest4j.AssertionFailedError;

/**
 * A score check that failed. Its message carries the evidence (score, threshold, interval, worst answers, the
 * judges' reasons); a stack trace of the engine's internals would add only noise under it, so it has none.
 */
final class CheckFailure extends AssertionFailedError {

    private static final long serialVersionUID = 1L;

    CheckFailure(String message) {
        super(message);
    }

    CheckFailure(String message, Object expected, Object actual) {
        super(message, expected, actual);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
