package io.github.personagym.plan;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * A check on a persona's evaluation. Both front ends evaluate it the same way, so that a check fails with the
 * same message whichever of them runs it.
 */
@API(status = INTERNAL, since = "0.1")
public sealed interface Check permits TaskScoreCheck, PersonaScoreCheck, RegressionCheck, MutantsCheck, DriftCheck {

    /** The check's outcome on this evaluation. */
    CheckOutcome evaluate(CheckInput input);
}
