package io.github.personagym.junit.engine;

import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A leaf check on a persona's scores: "task score ≥ threshold", "drift ≥ −d" of a conversation task, "PersonaScore ≥ threshold", "no regression
 * against baseline" or "mutants caught". It is decided when the persona's whole result is there.
 */
final class CheckDescriptor extends AbstractTestDescriptor implements Node<RunContext> {

    enum Kind { TASK_SCORE, DRIFT, PERSONA_SCORE, REGRESSION, MUTANTS }

    private final Kind kind;
    private final Optional<String> task;
    private final OptionalDouble threshold;

    CheckDescriptor(UniqueId uniqueId, String displayName, Kind kind, Optional<String> task,
                    OptionalDouble threshold, TestSource source) {
        super(uniqueId, displayName, source);
        this.kind = kind;
        this.task = task;
        this.threshold = threshold;
    }

    Kind kind() {
        return kind;
    }

    Optional<String> task() {
        return task;
    }

    OptionalDouble threshold() {
        return threshold;
    }

    @Override
    public SkipResult shouldBeSkipped(RunContext context) {
        return checks(context).skipReason(persona(), this, context.personaWork())
                .map(reason -> SkipResult.skip(context.execution().engine().redaction().redact(reason)))
                .orElse(SkipResult.doNotSkip());
    }

    @Override
    public RunContext execute(RunContext context, DynamicTestExecutor dynamicTests) {
        checks(context).verify(persona(), this, context.personaWork());
        return context;
    }

    private static Checks checks(RunContext context) {
        var session = context.execution().session();
        return new Checks(context.execution().listener(),
                (persona, result) -> session.regression(persona.runPersona(), result));
    }

    private PersonaDescriptor persona() {
        return (PersonaDescriptor) getParent().orElseThrow();
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }
}
