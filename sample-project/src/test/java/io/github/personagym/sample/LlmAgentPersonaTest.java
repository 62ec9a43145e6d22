package io.github.personagym.sample;

import dev.langchain4j.model.openai.OpenAiChatModel;
import io.github.personagym.Persona;
import io.github.personagym.PersonaAgent;
import io.github.personagym.junit.Agent;
import io.github.personagym.junit.PersonaGymTest;
import org.opentest4j.TestAbortedException;

/**
 * The LLM-backed agent, a LangChain4j AI service with the persona as its system message. It runs when
 * {@code OPENAI_API_KEY} is set and is skipped otherwise.
 */
@PersonaGymTest(personas = "personas/*.yaml", minPersonaScore = 3.5)
class LlmAgentPersonaTest {

    @Agent
    static PersonaAgent agent(Persona persona) {
        String key = System.getenv("OPENAI_API_KEY");
        if (key == null || key.isBlank()) {
            throw new TestAbortedException("LLM agent skipped: set OPENAI_API_KEY (and optionally OPENAI_BASE_URL) "
                    + "to let gpt-4o-mini play the personas");
        }
        var model = OpenAiChatModel.builder()
                .apiKey(key)
                .baseUrl(System.getenv().getOrDefault("OPENAI_BASE_URL", "https://api.openai.com/v1"))
                .modelName("gpt-4o-mini")
                .build();
        return new LlmPersonaAgent(model, persona);
    }
}
