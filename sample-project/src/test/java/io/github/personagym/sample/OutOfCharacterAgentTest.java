package io.github.personagym.sample;

import io.github.personagym.PersonaAgent;
import io.github.personagym.junit.Agent;
import io.github.personagym.junit.PersonaGymTest;

/**
 * A deliberately broken agent that answers like a generic assistant, standing in for a bad release of the
 * knowledge agent: it shares that agent's baseline entries, so the regression gate compares the two.
 * Excluded from the default build; run it with {@code ./mvnw -pl sample-project -am verify -Pshow-regression}
 * to see what a failing build says.
 */
@PersonaGymTest(personas = "personas/captain.yaml", minPersonaScore = 3.0, baseline = "KnowledgeAgentPersonaTest")
class OutOfCharacterAgentTest {

    @Agent
    static PersonaAgent agent() {
        return new HelpdeskAgent();
    }
}
