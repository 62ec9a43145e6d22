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

    /**
     * Serves the northern personas of {@code slices} better than the southern ones: "Arr" (5 from the scripted
     * judge) in the north, plain words (3) in the south; the fourth of each region answers its greeting the other way.
     */
    @PersonaGymTest(personas = "slices/*.yaml")
    static class ServesTheNorthBetter {
        @Agent
        static PersonaAgent agent(Persona persona) {
            boolean north = !"south".equals(persona.attributes().get("region"));
            boolean fourth = persona.id().endsWith("-4");
            return question -> north != (fourth && question.startsWith("Greet")) ? "Arr, aye." : "Good day to you.";
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

    /** Secrets the run knows (from the environment and configuration) and key-shaped tokens, for its agent to tell. */
    static final class Secrets {
        static final String OPENAI_VARIABLE = "openai-secret-Wq8Zr3LpXv";
        static final String GOOGLE_VARIABLE = "google-secret-Hy6Tn2VbQe";
        static final String ANTHROPIC_PARAMETER = "anthropic-secret-Kd4Fs9QmJw";
        static final String PROJECT_TOKEN = "sk-proj-AnswerLeak1234567890abcdef";
        static final String GOOGLE_TOKEN = "AIzaSyAnswerLeak1234567890abcdefghijklm";
        static final String BEARER_TOKEN = "eyJhbGciOiJIUzI1NiJ9.answerLeak.c2lnbmF0dXJl";

        private Secrets() {
        }
    }

    /** Answers in character, and tells every secret it was given. */
    @PersonaGymTest(personas = "engine/personas/captain.yaml", minPersonaScore = 5.0)
    static class SecretTelling {
        @Agent
        static PersonaAgent agent() {
            return question -> "Arr! The ship's key is " + Secrets.OPENAI_VARIABLE + ", the spare one "
                    + Secrets.ANTHROPIC_PARAMETER + ",\n" + Secrets.GOOGLE_VARIABLE + " for the charts, "
                    + Secrets.PROJECT_TOKEN + " and " + Secrets.GOOGLE_TOKEN + " in the log, and the harbour master "
                    + "wants Authorization: Bearer " + Secrets.BEARER_TOKEN;
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
