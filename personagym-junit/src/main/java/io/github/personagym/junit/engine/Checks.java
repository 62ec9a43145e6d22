package io.github.personagym.junit.engine;

import io.github.personagym.junit.gym.EvaluationResult;
import io.github.personagym.junit.report.GateResult;
import io.github.personagym.mutants.MutantMessages;
import io.github.personagym.mutants.MutantOutcome;
import io.github.personagym.score.PersonaScore;
import io.github.personagym.score.TaskScore;
import java.util.Optional;
import java.util.OptionalDouble;
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
        if (check.kind() != CheckDescriptor.Kind.REGRESSION) {
            return Optional.empty();
        }
        GateResult found = regression(persona, work);
        return found.status() == GateResult.Status.MISSING ? Optional.of(found.message()) : Optional.empty();
    }

    void verify(PersonaDescriptor persona, CheckDescriptor check, PersonaWork work) {
        EvaluationResult result = work.result();
        switch (check.kind()) {
            case REGRESSION -> regression(check, regression(persona, work));
            case MUTANTS -> mutants(persona, check, result);
            case TASK_SCORE -> taskScore(persona, check, result);
            case PERSONA_SCORE -> personaScore(persona, check, result);
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

    /** Passes with the findings in its report entries; fails on a survivor with personagym.mutants.required. */
    private void mutants(PersonaDescriptor persona, CheckDescriptor check, EvaluationResult result) {
        String id = persona.persona().id();
        if (result.mutants().isEmpty()) {
            throw new PersonaGymException(id + ": the mutants were not judged");
        }
        MutantOutcome outcome = result.mutants().get().decide(result.score(), check.threshold());
        outcome.findings().forEach(f -> listener.reportingEntryPublished(check,
                ReportEntry.from("mutant " + f.kind().id(), f.status().id() + ": " + f.reason())));
        listener.reportingEntryPublished(check, ReportEntry.from("mutants", MutantMessages.check(id, outcome)));
        if (outcome.failed()) {
            throw new CheckFailure(MutantMessages.check(id, outcome));
        }
    }

    private void taskScore(PersonaDescriptor persona, CheckDescriptor check, EvaluationResult result) {
        String id = persona.persona().id();
        String taskName = check.task().orElseThrow();
        TaskScore task = result.score().task(taskName).orElse(new TaskScore(taskName, OptionalDouble.empty(),
                Optional.empty(), 0, 0));
        if (task.score().isEmpty()) {
            throw new CheckFailure(CheckMessages.noScore(id, taskName, task.unscored()));
        }
        double value = task.score().getAsDouble();
        listener.reportingEntryPublished(check, ReportEntry.from(taskName, PersonaTree.format(value)));
        double min = check.threshold().getAsDouble();
        if (value < min) {
            throw new CheckFailure(CheckMessages.taskBelow(id, task, min, result), "\u2265 " + min, value);
        }
    }

    private void personaScore(PersonaDescriptor persona, CheckDescriptor check, EvaluationResult result) {
        String id = persona.persona().id();
        PersonaScore score = result.score();
        if (score.value().isEmpty()) {
            throw new CheckFailure(CheckMessages.noPersonaScore(id, score));
        }
        double value = score.value().getAsDouble();
        listener.reportingEntryPublished(check, ReportEntry.from("PersonaScore", PersonaTree.format(value)));
        if (check.threshold().isPresent() && value < check.threshold().getAsDouble()) {
            double min = check.threshold().getAsDouble();
            throw new CheckFailure(CheckMessages.personaBelow(id, value, min, result), "\u2265 " + min, value);
        }
    }
}
