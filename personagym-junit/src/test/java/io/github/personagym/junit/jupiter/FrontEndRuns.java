package io.github.personagym.junit.jupiter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/** What the tests that compare the engine with the Jupiter path read of a run: test names and messages. */
public final class FrontEndRuns {

    private FrontEndRuns() {
    }

    /** The tests that ran or were skipped, in order. */
    public static List<String> testNames(EngineExecutionResults results) {
        return results.testEvents().stream()
                .filter(e -> e.getType() == EventType.STARTED || e.getType() == EventType.SKIPPED)
                .map(e -> e.getTestDescriptor().getDisplayName()).toList();
    }

    /** Per test that did not pass, its failure message, abort message or skip reason. */
    public static Map<String, String> messages(EngineExecutionResults results) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (Event event : results.testEvents().list()) {
            String name = event.getTestDescriptor().getDisplayName();
            if (event.getType() == EventType.SKIPPED) {
                messages.put(name, event.getPayload(String.class).orElse(""));
            } else if (event.getType() == EventType.FINISHED) {
                event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                        .ifPresent(thrown -> messages.put(name, thrown.getMessage()));
            }
        }
        return messages;
    }
}
