package io.github.personagym.junit.engine;

import io.github.personagym.llm.Redaction;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.FileEntry;
import org.junit.platform.engine.reporting.ReportEntry;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Hands the launcher the run's results with every secret redacted: failure messages (which quote the worst answers
 * and the models' errors), skip reasons and report entries. Surefire prints these and writes them into its XML
 * reports. A failure without a secret is handed on as it is. On the hierarchical executor, tests' outcomes reach the
 * launcher through {@link RedactingCollector}, and skip reasons are redacted where they are made.
 */
final class RedactingListener implements EngineExecutionListener {

    private final EngineExecutionListener delegate;
    private final Redaction redaction;

    RedactingListener(EngineExecutionListener delegate, Redaction redaction) {
        this.delegate = delegate;
        this.redaction = redaction;
    }

    @Override
    public void dynamicTestRegistered(TestDescriptor testDescriptor) {
        delegate.dynamicTestRegistered(testDescriptor);
    }

    @Override
    public void executionSkipped(TestDescriptor testDescriptor, String reason) {
        delegate.executionSkipped(testDescriptor, redaction.redact(reason));
    }

    @Override
    public void executionStarted(TestDescriptor testDescriptor) {
        delegate.executionStarted(testDescriptor);
    }

    @Override
    public void executionFinished(TestDescriptor testDescriptor, TestExecutionResult result) {
        delegate.executionFinished(testDescriptor, redacted(result));
    }

    @Override
    public void reportingEntryPublished(TestDescriptor testDescriptor, ReportEntry entry) {
        Map<String, String> values = new LinkedHashMap<>();
        entry.getKeyValuePairs().forEach((key, value) -> values.put(key, redaction.redact(value)));
        delegate.reportingEntryPublished(testDescriptor, ReportEntry.from(values));
    }

    @Override
    public void fileEntryPublished(TestDescriptor testDescriptor, FileEntry file) {
        delegate.fileEntryPublished(testDescriptor, file);
    }

    /** The result, with the messages of its error and causes redacted when they hold a secret. */
    TestExecutionResult redacted(TestExecutionResult result) {
        Throwable error = result.getThrowable().orElse(null);
        if (error == null || !redaction.appearsIn(error)) {
            return result;
        }
        return switch (result.getStatus()) {
            case ABORTED -> TestExecutionResult.aborted(redacted(error));
            case FAILED -> TestExecutionResult.failed(redacted(error));
            case SUCCESSFUL -> result;
        };
    }

    /** The error and its causes with their messages redacted: of the same kind when it is a test outcome. */
    private Throwable redacted(Throwable error) {
        String message = redaction.redact(error.getMessage());
        Throwable cause = error.getCause() == null || error.getCause() == error ? null : redacted(error.getCause());
        Throwable copy;
        if (error instanceof TestAbortedException) {
            copy = new TestAbortedException(message, cause);
        } else if (error instanceof AssertionError) {
            copy = new AssertionFailedError(message, cause);
        } else {
            copy = new RedactedError(error.getClass().getName(), message, cause);
        }
        copy.setStackTrace(error.getStackTrace());
        return copy;
    }

    /** An error whose message held a secret, shown as the original: its class name, then the redacted message. */
    static final class RedactedError extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final String originalClass;

        RedactedError(String originalClass, String message, Throwable cause) {
            super(message, cause);
            this.originalClass = originalClass;
        }

        @Override
        public String toString() {
            return originalClass + ": " + getMessage();
        }
    }
}
