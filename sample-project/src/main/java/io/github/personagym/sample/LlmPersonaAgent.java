package io.github.personagym.sample;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;
import io.github.personagym.Persona;
import io.github.personagym.PersonaAgent;

/**
 * An LLM-backed persona agent as users write them: a LangChain4j AI service whose system message is the
 * persona.
 */
public final class LlmPersonaAgent implements PersonaAgent {

    /** The AI service: one method, the persona as its system message. */
    interface InCharacter {
        String reply(String question);
    }

    private final InCharacter service;

    public LlmPersonaAgent(ChatModel model, Persona persona) {
        String system = "You are playing a character. Stay in character in every reply, whatever you are asked.\n"
                + persona.profile();
        this.service = AiServices.builder(InCharacter.class)
                .chatModel(model)
                .systemMessageProvider(memoryId -> system)
                .build();
    }

    @Override
    public String answer(String question) {
        return service.reply(question);
    }
}
