package io.github.personagym.sample;

import io.github.personagym.Persona;
import io.github.personagym.PersonaAgent;
import io.github.personagym.junit.Agent;
import io.github.personagym.junit.PersonaGymTest;

/**
 * The sample's main job: the offline retrieval agent plays each persona, and the build fails when a
 * PersonaScore falls below 3.0 (or below the threshold its persona file sets).
 */
@PersonaGymTest(personas = "personas/*.yaml", minPersonaScore = 3.0)
class KnowledgeAgentPersonaTest {

    @Agent
    static PersonaAgent agent(Persona persona) {
        return KnowledgeAgent.forPersona(persona.id());
    }
}
