package io.github.personagym.junit.engine;

import io.github.personagym.junit.PersonaGymTest;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;

/** A {@link PersonaGymTest} class: the container of its personas. */
final class TestClassDescriptor extends AbstractTestDescriptor {

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
    public Type getType() {
        return Type.CONTAINER;
    }
}
