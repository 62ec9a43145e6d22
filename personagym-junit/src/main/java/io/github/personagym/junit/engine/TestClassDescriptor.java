package io.github.personagym.junit.engine;

import io.github.personagym.junit.PersonaGymTest;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.hierarchical.Node;

/** A {@link PersonaGymTest} class: the container of its personas; it fails when its agent method is unusable. */
final class TestClassDescriptor extends AbstractTestDescriptor implements Node<RunContext> {

    private final Class<?> testClass;

    TestClassDescriptor(UniqueId parentId, Class<?> testClass) {
        super(parentId.append(Segments.CLASS, testClass.getName()), testClass.getSimpleName(),
                ClassSource.from(testClass));
        this.testClass = testClass;
    }

    Class<?> testClass() {
        return testClass;
    }

    PersonaGymTest annotation() {
        return testClass.getAnnotation(PersonaGymTest.class);
    }

    @Override
    public RunContext before(RunContext context) {
        context.execution().rootError(this).ifPresent(error -> {
            throw error;
        });
        return context;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
