package io.github.personagym.junit.engine;

import io.github.personagym.Persona;
import io.github.personagym.Task;
import io.github.personagym.Thresholds;
import io.github.personagym.junit.gym.Suite;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/**
 * One persona: environments › tasks › questions below it, and the score checks. Without a suite on disk
 * it has only its checks at discovery, and registers the questions when it runs.
 */
final class PersonaDescriptor extends AbstractTestDescriptor {

    private final Persona persona;
    private final PersonaLocation location;
    private final List<Task> tasks;
    private final Thresholds thresholds;
    private volatile Optional<Suite> suite;
    private final Optional<String> staleSuite;

    PersonaDescriptor(UniqueId uniqueId, Persona persona, PersonaLocation location, List<Task> tasks,
                      Thresholds thresholds, Optional<Suite> suite, Optional<String> staleSuite, TestSource source) {
        super(uniqueId, persona.id(), source);
        this.persona = persona;
        this.location = location;
        this.tasks = List.copyOf(tasks);
        this.thresholds = thresholds;
        this.suite = suite;
        this.staleSuite = staleSuite;
    }

    Persona persona() {
        return persona;
    }

    PersonaLocation location() {
        return location;
    }

    List<Task> tasks() {
        return tasks;
    }

    Thresholds thresholds() {
        return thresholds;
    }

    Optional<Suite> suite() {
        return suite;
    }

    void suite(Suite made) {
        this.suite = Optional.of(made);
    }

    /** Why the suite on disk cannot be used: the persona changed since it was made. */
    Optional<String> staleSuite() {
        return staleSuite;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    @Override
    public boolean mayRegisterTests() {
        return suite.isEmpty();
    }
}
