package io.github.personagym;

import java.util.List;
import java.util.Objects;

/**
 * A {@link PersonaAgent} that answers single questions, holding a conversation: each message is one question, with
 * the earlier turns written before it as a transcript, so that an agent without a history of its own still reads
 * them. With no earlier turn the question is the message itself.
 */
final class SingleQuestionAgent implements ConversationalAgent {

    private final PersonaAgent agent;

    SingleQuestionAgent(PersonaAgent agent) {
        this.agent = Objects.requireNonNull(agent, "agent");
    }

    @Override
    public String reply(List<Turn> history, String message) throws Exception {
        return agent.answer(question(history, message));
    }

    /** The one question that holds the conversation so far and the new message. */
    static String question(List<Turn> history, String message) {
        if (history.isEmpty()) {
            return message;
        }
        var text = new StringBuilder("Our conversation so far:\n");
        history.forEach(turn -> text.append(turn.byUser() ? "Me: " : "You: ").append(turn.text().strip()).append('\n'));
        return text.append("\nNow I say: ").append(message).toString();
    }
}
