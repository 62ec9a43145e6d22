package io.github.personagym.suite;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Objects;

/**
 * Where a question of a {@code conversation} task stands in its conversation.
 *
 * @param conversation the key of the conversation in the suite; each turn's key is {@code <conversation>-turn-<n>}
 * @param number       the turn's number, from 1
 * @param of           how many user turns the conversation has
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ConversationTurn(String conversation, int number, int of) {

    public ConversationTurn {
        Objects.requireNonNull(conversation, "conversation");
        if (number < 1 || number > of) {
            throw new IllegalArgumentException("Turn " + number + " of " + of + " does not exist");
        }
    }

    /** The key of a turn of a conversation. */
    public static String key(String conversation, int number) {
        return conversation + "-turn-" + number;
    }
}
