package io.github.personagym.run;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A failure of a run that is not a low score: a broken file, an agent or model error, a stale suite, judges that
 * cannot work. Its message says what to do; a stack trace would add nothing to it, so it has none.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PersonaGymException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PersonaGymException(String message) {
        super(message, null, false, false);
    }
}
