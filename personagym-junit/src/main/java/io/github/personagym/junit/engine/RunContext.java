package io.github.personagym.junit.engine;

import java.util.Optional;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What a node of the tree sees when it runs: the run's {@link Execution}, and below a persona the work of that
 * persona.
 */
record RunContext(Execution execution, Optional<PersonaWork> work) implements EngineExecutionContext {

    RunContext(Execution execution) {
        this(execution, Optional.empty());
    }

    RunContext within(PersonaWork personaWork) {
        return new RunContext(execution, Optional.of(personaWork));
    }

    /** The persona's work, for a node below a persona. */
    PersonaWork personaWork() {
        return work.orElseThrow(() -> new IllegalStateException("no persona above this node"));
    }
}
