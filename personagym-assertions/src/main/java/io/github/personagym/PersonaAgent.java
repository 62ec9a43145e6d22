package io.github.personagym;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The agent under test: it answers one question in character.
 *
 * <p>Implementations may throw; the framework records the exception as the answer's error and never
 * grades it as something the persona said.
 */
@FunctionalInterface
@API(status = STABLE, since = "0.1")
public interface PersonaAgent {

    /**
     * Answers one question as the persona would.
     *
     * @param question the question, as the persona would hear it
     * @return the persona's answer
     * @throws Exception when the agent cannot answer; recorded as an error, never as an answer
     */
    String answer(String question) throws Exception;
}
