package io.github.personagym.junit.engine;

import io.github.personagym.plan.CheckOutcome;
import io.github.personagym.plan.PlannedQuestion;
import io.github.personagym.suite.SuiteQuestion;
import io.github.personagym.run.PersonaGymException;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;
import org.opentest4j.TestAbortedException;

/**
 * One question. It fails only when its answer or a verdict failed (an agent error, a model error, an
 * unparseable verdict); a low score is judged in aggregate by the checks, as the method intends. It starts when
 * the tree reaches it and finishes when its own answer is judged.
 */
final class QuestionDescriptor extends AbstractTestDescriptor implements Node<RunContext> {

    private final PlannedQuestion planned;
    private final SuiteQuestion question;

    /** The question {@code planned} of the persona's test plan, asking {@code question} of the suite. */
    QuestionDescriptor(UniqueId uniqueId, PlannedQuestion planned, SuiteQuestion question, TestSource source) {
        super(uniqueId, planned.displayName(), source);
        this.planned = planned;
        this.question = question;
    }

    SuiteQuestion question() {
        return question;
    }

    /** The plan's outcome of the question, which the Jupiter extension reports too. */
    @Override
    public RunContext execute(RunContext context, DynamicTestExecutor dynamicTests) {
        CheckOutcome outcome = context.personaWork().resultOf(question.key())
                .map(result -> planned.outcome(result.failed(), result.abstained(), result.problem(), result.score()))
                .orElseGet(planned::noResult);
        outcome.entries().forEach((key, value) -> context.execution().listener()
                .reportingEntryPublished(this, ReportEntry.from(key, value)));
        switch (outcome.status()) {
            case FAILED -> throw new PersonaGymException(outcome.message());
            case ABORTED, NOT_APPLICABLE -> throw new TestAbortedException(outcome.message());
            case PASSED -> {
            }
        }
        return context;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }
}
