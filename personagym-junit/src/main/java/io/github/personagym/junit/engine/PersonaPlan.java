package io.github.personagym.junit.engine;

/** What becomes of a persona: skipped, failed before it ran, or evaluated by work already under way. */
sealed interface PersonaPlan {

    record Skip(String reason) implements PersonaPlan {
    }

    record Fail(Throwable error) implements PersonaPlan {
    }

    record Run(PersonaWork work) implements PersonaPlan {
    }
}
