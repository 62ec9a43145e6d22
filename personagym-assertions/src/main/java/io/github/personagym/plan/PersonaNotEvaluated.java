package io.github.personagym.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Fails a persona before its questions are asked, for a reason that is no low score: a suite made for an earlier
 * version of the persona file. Its message says what to do; a stack trace would add nothing to it, so it has none.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PersonaNotEvaluated extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PersonaNotEvaluated(String message) {
        super(message, null, false, false);
    }
}
