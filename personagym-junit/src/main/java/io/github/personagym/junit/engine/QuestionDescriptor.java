package io.github.personagym.junit.engine;

import io.github.personagym.evaluation.QuestionResult;
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

    private final SuiteQuestion question;

    QuestionDescriptor(UniqueId uniqueId, String displayName, SuiteQuestion question, TestSource source) {
        super(uniqueId, displayName, source);
        this.question = question;
    }

    SuiteQuestion question() {
        return question;
    }

    @Override
    public RunContext execute(RunContext context, DynamicTestExecutor dynamicTests) {
        QuestionResult result = context.personaWork().resultOf(question.key()).orElseThrow(() ->
                new PersonaGymException("The gym returned no result for question " + question.key()));
        result.judged().score().ifPresent(score -> context.execution().listener().reportingEntryPublished(this,
                ReportEntry.from("score", PersonaTree.format(score))));
        if (result.failed()) {
            throw new PersonaGymException(getDisplayName() + ": " + result.problem().orElse("failed"));
        }
        if (result.abstained()) {
            throw new TestAbortedException(getDisplayName() + ": unscored, "
                    + result.problem().orElse("a judge abstained"));
        }
        return context;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }
}
