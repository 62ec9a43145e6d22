package io.github.personagym;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * An agent under test that holds a conversation: it answers the new user message with the earlier turns of the
 * conversation (the user's and its own, oldest first) in view. It is a {@link PersonaAgent} too: a single question
 * is a conversation with no earlier turn.
 *
 * <p>Questions of {@code dialogue} tasks come with earlier turns written in the suite; {@code conversation} tasks
 * talk to the agent turn by turn, its own earlier answers as the history. A plain {@link PersonaAgent} takes part in
 * them through {@link #of(PersonaAgent)}.
 *
 * <p>Implementations may throw; the framework records the exception as the answer's error and never grades it.
 */
@FunctionalInterface
@API(status = EXPERIMENTAL, since = "0.2")
public interface ConversationalAgent extends PersonaAgent {

    /**
     * Answers the new user message as the persona would, in the conversation so far.
     *
     * @param history the earlier turns, oldest first; empty for the first message
     * @param message what the user says now
     * @return the persona's answer
     * @throws Exception when the agent cannot answer; recorded as an error, never as an answer
     */
    String reply(List<Turn> history, String message) throws Exception;

    /** A single question: the conversation's first message. */
    @Override
    default String answer(String question) throws Exception {
        return reply(List.of(), question);
    }

    /**
     * The agent as a conversational agent: itself when it is one; otherwise an agent that asks {@code agent} one
     * question holding the earlier turns as a transcript before the new message (with no earlier turn, the message
     * alone, as it always asked).
     */
    static ConversationalAgent of(PersonaAgent agent) {
        return agent instanceof ConversationalAgent conversational ? conversational : new SingleQuestionAgent(agent);
    }
}
