package io.github.personagym.junit.engine;

import io.github.personagym.junit.gym.EvaluationResult;
import io.github.personagym.junit.report.GateResult;
import io.github.personagym.plan.Check;
import io.github.personagym.plan.CheckOutcome;
import io.github.personagym.plan.MutantsCheck;
import io.github.personagym.plan.PersonaScoreCheck;
import io.github.personagym.plan.TaskScoreCheck;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * Runs a persona's score checks against its evaluation, its regression check against the baseline, and its
 * mutants check.
 */
final class Checks {

    private final EngineExecutionListener listener;
    private final BiFunction<PersonaDescriptor, EvaluationResult, GateResult> gate;

    Checks(EngineExecutionListener listener, BiFunction<PersonaDescriptor, EvaluationResult, GateResult> gate) {
        this.listener = listener;
        this.gate = gate;
    }

    void run(PersonaDescriptor persona, EvaluationResult result) {
        for (TestDescriptor child : List.copyOf(persona.getChildren())) {
            if (child instanceof CheckDescriptor check && check.kind() == CheckDescriptor.Kind.REGRESSION) {
                regression(persona, check, result);
            } else if (child instanceof CheckDescriptor check) {
                listener.executionStarted(check);
                TestExecutionResult outcome;
                try {
                    outcome = outcome(persona, check, result);
                } catch (RuntimeException e) {
                    outcome = TestExecutionResult.failed(e);
                }
                listener.executionFinished(check, outcome);
            }
        }
    }

    private void regression(PersonaDescriptor persona, CheckDescriptor check, EvaluationResult result) {
        GateResult found;
        try {
            found = gate.apply(persona, result);
        } catch (RuntimeException e) {
            listener.executionStarted(check);
            listener.executionFinished(check, TestExecutionResult.failed(e));
            return;
        }
        if (found.status() == GateResult.Status.MISSING) {
            listener.executionSkipped(check, found.message());
            return;
        }
        listener.executionStarted(check);
        found.reportEntries().forEach((key, value) -> listener.reportingEntryPublished(check, ReportEntry.from(key, value)));
        listener.reportingEntryPublished(check, ReportEntry.from("baseline", found.message()));
        listener.executionFinished(check, found.failed()
                ? TestExecutionResult.failed(new CheckFailure(found.message()))
                : TestExecutionResult.successful());
    }

    /**
     * The outcome of the plan's check of this kind ({@code io.github.personagym.plan}), which the Jupiter extension
     * runs too: the same messages from both front ends.
     */
    private TestExecutionResult outcome(PersonaDescriptor persona, CheckDescriptor check, EvaluationResult result) {
        Check planned = switch (check.kind()) {
            case TASK_SCORE -> new TaskScoreCheck(check.task().orElseThrow(), check.threshold().getAsDouble());
            case MUTANTS -> new MutantsCheck(check.threshold());
            default -> new PersonaScoreCheck(check.threshold());
        };
        CheckOutcome outcome = planned.evaluate(result.checkInput(() -> {
            throw new IllegalStateException("the regression check is run by the gate");
        }));
        outcome.entries().forEach((key, value) -> listener.reportingEntryPublished(check, ReportEntry.from(key, value)));
        if (!outcome.failed()) {
            return TestExecutionResult.successful();
        }
        return TestExecutionResult.failed(outcome.missed()
                .map(missed -> new CheckFailure(outcome.message(), missed.expected(), missed.actual()))
                .orElseGet(() -> new CheckFailure(outcome.message())));
    }
}
