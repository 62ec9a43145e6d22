package io.github.personagym.junit.engine;

import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/**
 * A leaf check on a persona's scores: "task score ≥ threshold", "PersonaScore ≥ threshold", "no regression
 * against baseline" or "mutants caught".
 */
final class CheckDescriptor extends AbstractTestDescriptor {

    enum Kind { TASK_SCORE, PERSONA_SCORE, REGRESSION, MUTANTS }

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
    public Type getType() {
        return Type.TEST;
    }
}
