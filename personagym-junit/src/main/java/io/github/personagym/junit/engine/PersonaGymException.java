package io.github.personagym.junit.engine;

/** A failure that is not a low score: a broken file, an agent or model error, a stale suite. */
final class PersonaGymException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PersonaGymException(String message) {
        super(message, null, false, false);
    }
}
