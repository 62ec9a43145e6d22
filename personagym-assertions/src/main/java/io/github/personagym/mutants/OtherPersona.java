package io.github.personagym.mutants;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.PersonaAgent;
import java.util.Objects;

/**
 * Another persona of the run and its agent, whose answers to the same questions make the
 * {@link MutantKind#SWAPPED} mutant.
 *
 * @param id    the other persona's id
 * @param agent the agent that plays it
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record OtherPersona(String id, PersonaAgent agent) {

    public OtherPersona {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agent, "agent");
    }
}
