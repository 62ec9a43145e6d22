package io.github.personagym.services;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import io.github.personagym.ConversationalAgent;
import io.github.personagym.Persona;
import io.github.personagym.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A model playing the persona ({@code personagym.agent}): the persona as the system message, the earlier turns of
 * the conversation as the chat's user and assistant messages, then the new user message. A single question is the
 * system message and the question, as it always was (so recordings of single questions still match).
 */
final class ModelPlayedPersona implements ConversationalAgent {

    static final String INSTRUCTION = "Play this character and stay in character in every reply.\n";

    private final ChatModel model;
    private final Persona persona;

    ModelPlayedPersona(ChatModel model, Persona persona) {
        this.model = Objects.requireNonNull(model, "model");
        this.persona = Objects.requireNonNull(persona, "persona");
    }

    @Override
    public String reply(List<Turn> history, String message) {
        return model.chat(ChatRequest.builder().messages(messages(history, message)).build()).aiMessage().text();
    }

    List<ChatMessage> messages(List<Turn> history, String message) {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(INSTRUCTION + persona.profile()));
        history.forEach(turn -> messages.add(turn.byUser() ? UserMessage.from(turn.text()) : AiMessage.from(turn.text())));
        messages.add(UserMessage.from(message));
        return messages;
    }
}
