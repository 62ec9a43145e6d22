package io.github.personagym.plan;

/**
 * A check on a persona's evaluation. Both front ends evaluate it the same way, so that a check fails with the
 * same message whichever of them runs it.
 */
public sealed interface Check permits TaskScoreCheck, PersonaScoreCheck, RegressionCheck, MutantsCheck, DriftCheck {

    /** The check's outcome on this evaluation. */
    CheckOutcome evaluate(CheckInput input);
}
