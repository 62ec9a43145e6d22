package io.github.personagym;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One turn of a conversation with the persona: what the user said, or what the persona answered.
 *
 * @param speaker who spoke
 * @param text    what they said
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record Turn(Speaker speaker, String text) {

    /** Who speaks a turn. */
    public enum Speaker {
        /** The person talking to the persona. */
        USER,
        /** The persona (the agent under test, or a turn written for it in a suite). */
        PERSONA
    }

    public Turn {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
    }

    /** A turn of the user. */
    public static Turn user(String text) {
        return new Turn(Speaker.USER, text);
    }

    /** A turn of the persona. */
    public static Turn persona(String text) {
        return new Turn(Speaker.PERSONA, text);
    }

    /** Whether the user said it. */
    public boolean byUser() {
        return speaker == Speaker.USER;
    }
}
