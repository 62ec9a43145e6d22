package io.github.personagym.junit.engine;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.hierarchical.ThrowableCollector;
import org.opentest4j.TestAbortedException;

/**
 * Collects what a node threw, as the platform's collector does (a {@link TestAbortedException} aborts, anything else
 * fails), and hands the outcome on with the run's secrets redacted.
 */
final class RedactingCollector extends ThrowableCollector {

    private final RedactingListener redaction;

    RedactingCollector(RedactingListener redaction) {
        super(TestAbortedException.class::isInstance);
        this.redaction = redaction;
    }

    @Override
    public TestExecutionResult toTestExecutionResult() {
        return redaction.redacted(super.toTestExecutionResult());
    }
}
