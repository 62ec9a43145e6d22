package io.github.personagym.plan;

/**
 * Fails a persona before its questions are asked, for a reason that is no low score: a suite made for an earlier
 * version of the persona file. Its message says what to do; a stack trace would add nothing to it, so it has none.
 */
public final class PersonaNotEvaluated extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PersonaNotEvaluated(String message) {
        super(message, null, false, false);
    }
}
