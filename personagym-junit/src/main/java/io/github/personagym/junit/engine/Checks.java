package io.github.personagym.junit.engine;

import io.github.personagym.junit.gym.EvaluationResult;
import io.github.personagym.junit.report.GateResult;
import io.github.personagym.mutants.MutantMessages;
import io.github.personagym.mutants.MutantOutcome;
import io.github.personagym.score.PersonaScore;
import io.github.personagym.score.TaskScore;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.opentest4j.AssertionFailedError;

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

    /** Passes with the findings in its report entries; fails on a survivor with personagym.mutants.required. */
    private TestExecutionResult mutants(PersonaDescriptor persona, CheckDescriptor check, EvaluationResult result) {
        String id = persona.persona().id();
        if (result.mutants().isEmpty()) {
            return TestExecutionResult.failed(new PersonaGymException(id + ": the mutants were not judged"));
        }
        MutantOutcome outcome = result.mutants().get().decide(result.score(), check.threshold());
        outcome.findings().forEach(f -> listener.reportingEntryPublished(check,
                ReportEntry.from("mutant " + f.kind().id(), f.status().id() + ": " + f.reason())));
        listener.reportingEntryPublished(check, ReportEntry.from("mutants", MutantMessages.check(id, outcome)));
        return outcome.failed() ? TestExecutionResult.failed(new CheckFailure(MutantMessages.check(id, outcome)))
                : TestExecutionResult.successful();
    }

    private TestExecutionResult outcome(PersonaDescriptor persona, CheckDescriptor check, EvaluationResult result) {
        if (check.kind() == CheckDescriptor.Kind.MUTANTS) {
            return mutants(persona, check, result);
        }
        String id = persona.persona().id();
        PersonaScore score = result.score();
        if (check.kind() == CheckDescriptor.Kind.TASK_SCORE) {
            String taskName = check.task().orElseThrow();
            TaskScore task = score.task(taskName).orElse(new TaskScore(taskName, OptionalDouble.empty(),
                    java.util.Optional.empty(), 0, 0));
            if (task.score().isEmpty()) {
                return TestExecutionResult.failed(new CheckFailure(
                        CheckMessages.noScore(id, taskName, task.unscored())));
            }
            double value = task.score().getAsDouble();
            listener.reportingEntryPublished(check, ReportEntry.from(taskName, PersonaTree.format(value)));
            double min = check.threshold().getAsDouble();
            return value >= min ? TestExecutionResult.successful() : TestExecutionResult.failed(
                    new CheckFailure(CheckMessages.taskBelow(id, task, min, result), "\u2265 " + min, value));
        }
        if (score.value().isEmpty()) {
            return TestExecutionResult.failed(new CheckFailure(
                    CheckMessages.noPersonaScore(id, score)));
        }
        double value = score.value().getAsDouble();
        listener.reportingEntryPublished(check, ReportEntry.from("PersonaScore", PersonaTree.format(value)));
        if (check.threshold().isEmpty() || value >= check.threshold().getAsDouble()) {
            return TestExecutionResult.successful();
        }
        double min = check.threshold().getAsDouble();
        return TestExecutionResult.failed(new CheckFailure(
                CheckMessages.personaBelow(id, value, min, result), "\u2265 " + min, value));
    }
}
