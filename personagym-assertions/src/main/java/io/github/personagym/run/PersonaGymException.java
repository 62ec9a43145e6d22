package io.github.personagym.run;

/**
 * A failure of a run that is not a low score: a broken file, an agent or model error, a stale suite, judges that
 * cannot work. Its message says what to do; a stack trace would add nothing to it, so it has none.
 */
public final class PersonaGymException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PersonaGymException(String message) {
        super(message, null, false, false);
    }
}
