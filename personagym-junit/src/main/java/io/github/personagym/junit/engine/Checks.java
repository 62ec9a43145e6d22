package io.github.personagym.junit.engine;

import io.github.personagym.evaluation.EvaluationResult;
import io.github.personagym.gate.GateResult;
import io.github.personagym.plan.CheckOutcome;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * Decides a persona's score checks against its evaluation, its regression check against the baseline, and its
 * mutants check: a check that does not hold throws its failure, with the evidence in the message.
 */
final class Checks {

    private final EngineExecutionListener listener;
    private final BiFunction<PersonaDescriptor, EvaluationResult, GateResult> gate;

    Checks(EngineExecutionListener listener, BiFunction<PersonaDescriptor, EvaluationResult, GateResult> gate) {
        this.listener = listener;
        this.gate = gate;
    }

    /** Why the check is skipped: the regression check is when the baseline has no entry for the persona. */
    Optional<String> skipReason(PersonaDescriptor persona, CheckDescriptor check, PersonaWork work) {
        if (!check.isRegression()) {
            return Optional.empty();
        }
        GateResult found = regression(persona, work);
        return found.status() == GateResult.Status.MISSING ? Optional.of(found.message()) : Optional.empty();
    }

    void verify(PersonaDescriptor persona, CheckDescriptor check, PersonaWork work) {
        EvaluationResult result = work.result();
        if (check.isRegression()) {
            regression(check, regression(persona, work));
        } else {
            planned(check, result);
        }
    }

    private GateResult regression(PersonaDescriptor persona, PersonaWork work) {
        EvaluationResult result = work.result();
        return work.gate(() -> gate.apply(persona, result));
    }

    private void regression(CheckDescriptor check, GateResult found) {
        found.reportEntries().forEach((key, value) -> listener.reportingEntryPublished(check, ReportEntry.from(key, value)));
        listener.reportingEntryPublished(check, ReportEntry.from("baseline", found.message()));
        if (found.failed()) {
            throw new CheckFailure(found.message());
        }
    }

    /**
     * Runs the plan's check ({@code io.github.personagym.plan}), which the Jupiter extension runs too: the same
     * messages from both front ends. Throws when it fails.
     */
    private void planned(CheckDescriptor check, EvaluationResult result) {
        CheckOutcome outcome = check.planned().evaluate(result.checkInput(() -> {
            throw new IllegalStateException("the regression check is run by the gate");
        }));
        outcome.entries().forEach((key, value) -> listener.reportingEntryPublished(check, ReportEntry.from(key, value)));
        if (outcome.status() == CheckOutcome.Status.ABORTED) {
            throw new org.opentest4j.TestAbortedException(outcome.message());
        }
        if (outcome.failed()) {
            throw outcome.missed()
                    .map(missed -> new CheckFailure(outcome.message(), missed.expected(), missed.actual()))
                    .orElseGet(() -> new CheckFailure(outcome.message()));
        }
    }
}
