package io.github.personagym.junit.engine;

import io.github.personagym.junit.gym.EvaluationResult;
import io.github.personagym.junit.gym.Suite;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** What becomes of a persona: skipped, failed before it ran, or evaluated by work already under way. */
sealed interface PersonaPlan {

    record Skip(String reason) implements PersonaPlan {
    }

    record Fail(Throwable error) implements PersonaPlan {
    }

    record Run(CompletableFuture<Evaluated> work) implements PersonaPlan {
    }

    /** An evaluation, and the suite made for it when the persona had none. */
    record Evaluated(Optional<Suite> generated, EvaluationResult result) {
    }
}
