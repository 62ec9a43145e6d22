package io.github.personagym.junit.engine;

import io.github.personagym.Persona;
import io.github.personagym.PersonaAgent;
import io.github.personagym.junit.Agent;
import io.github.personagym.junit.PersonaGymTest;
import io.github.personagym.junit.TaskThreshold;

/** Test classes the engine's tests run. Not tests themselves: Surefire does not select them. */
final class Fixtures {

    private Fixtures() {
    }

    @PersonaGymTest(personas = "engine/personas/captain.yaml", minPersonaScore = 4.0)
    static class InCharacter {
        @Agent
        static PersonaAgent agent(Persona persona) {
            return question -> "Arr, " + persona.id() + " here. " + question;
        }
    }

    /** Both fixture personas, each played in character: the swapped mutant of one is the other's agent. */
    @PersonaGymTest(personas = "engine/personas/*.yaml", minPersonaScore = 4.0)
    static class InCharacterCast {
        @Agent
        static PersonaAgent agent(Persona persona) {
            return question -> "Arr, " + persona.id() + " here. " + question;
        }
    }

    @PersonaGymTest(personas = "engine/personas/captain.yaml", minPersonaScore = 4.0,
            taskThresholds = @TaskThreshold(task = "Linguistic Habits", min = 3.5), baseline = "InCharacter")
    static class OutOfCharacter {
        @Agent
        PersonaAgent agent() {
            return question -> "As an AI language model, I cannot answer that.";
        }
    }

    @PersonaGymTest(personas = "engine/personas/captain.yaml")
    static class FailingAnswers {
        @Agent
        static PersonaAgent agent() {
            return question -> {
                if (question.contains("storm")) {
                    throw new IllegalStateException("agent backend unreachable");
                }
                return question.contains("toast") ? "JUDGE-ERROR" : "Arr!";
            };
        }
    }

    @PersonaGymTest(personas = "engine/personas/nurse.yaml")
    static class LeakyAgent {
        @Agent
        static PersonaAgent agent() {
            return question -> {
                throw new IllegalStateException("401 Unauthorized for key sk-proj-FakeKey1234567890abcdef");
            };
        }
    }

    @PersonaGymTest(personas = "engine/personas/*.yaml", minPersonaScore = 2.0)
    static class AllPersonas {
        @Agent
        static PersonaAgent agent() {
            return question -> "Arr!";
        }
    }

    @PersonaGymTest(personas = {"engine/personas/nurse.yaml", "engine/broken/broken.yaml", "engine/nothing/*.yaml"})
    static class WithBrokenFile {
        @Agent
        static PersonaAgent agent() {
            return question -> "Arr!";
        }
    }

    @PersonaGymTest(personas = "engine/personas/nurse.yaml")
    static class NoAgentMethod {
    }
}
