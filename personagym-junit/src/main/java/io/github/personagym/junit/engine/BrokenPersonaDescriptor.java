package io.github.personagym.junit.engine;

import io.github.personagym.run.PersonaGymException;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A persona file that could not be loaded. It is reported as a discovery issue and runs as one failing
 * test with the loader's message, so the build fails for it while every other persona still runs.
 */
final class BrokenPersonaDescriptor extends AbstractTestDescriptor implements Node<RunContext> {

    private final String message;

    BrokenPersonaDescriptor(UniqueId uniqueId, String displayName, String message, TestSource source) {
        super(uniqueId, displayName, source);
        this.message = message;
    }

    String message() {
        return message;
    }

    @Override
    public RunContext execute(RunContext context, DynamicTestExecutor dynamicTests) {
        throw new PersonaGymException(message);
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }
}
