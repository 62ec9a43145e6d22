package io.github.personagym.junit.engine;

import io.github.personagym.plan.PlannedCheck;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A leaf check on a persona's scores: "task score ≥ threshold", "drift ≥ −d" of a conversation task, "PersonaScore ≥ threshold", "no regression
 * against baseline" or "mutants caught". It is decided when the persona's whole result is there.
 */
final class CheckDescriptor extends AbstractTestDescriptor implements Node<RunContext> {

    private final PlannedCheck planned;

    /** The check {@code planned} of the persona's test plan, under its persona {@code persona}. */
    CheckDescriptor(PersonaDescriptor persona, PlannedCheck planned) {
        super(persona.getUniqueId().append(Segments.CHECK, planned.key().value()), planned.displayName(),
                persona.getSource().orElse(null));
        this.planned = planned;
    }

    PlannedCheck planned() {
        return planned;
    }

    boolean isRegression() {
        return planned.check() instanceof io.github.personagym.plan.RegressionCheck;
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
