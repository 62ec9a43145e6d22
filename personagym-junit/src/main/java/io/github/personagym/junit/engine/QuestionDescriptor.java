package io.github.personagym.junit.engine;

import io.github.personagym.junit.gym.SuiteQuestion;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/**
 * One question. It fails only when its answer or a verdict failed (an agent error, a model error, an
 * unparseable verdict); a low score is judged in aggregate by the checks, as the method intends.
 */
final class QuestionDescriptor extends AbstractTestDescriptor {

    private final SuiteQuestion question;

    QuestionDescriptor(UniqueId uniqueId, String displayName, SuiteQuestion question, TestSource source) {
        super(uniqueId, displayName, source);
        this.question = question;
    }

    SuiteQuestion question() {
        return question;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }
}
