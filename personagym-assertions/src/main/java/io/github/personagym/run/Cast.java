package io.github.personagym.run;

import io.github.personagym.Persona;
import io.github.personagym.PersonaAgent;
import io.github.personagym.mutants.OtherPersona;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The personas of a run with their agents, for the swapped mutant: a persona swaps with the persona whose id
 * comes next in alphabetical order (the first after the last), played by the first agent planned for it. Known
 * once every persona of the run is planned; until then {@link #otherThan} waits.
 */
final class Cast {

    private final List<OtherPersona> members = new ArrayList<>();
    private final CompletableFuture<List<OtherPersona>> complete = new CompletableFuture<>();

    synchronized void add(Persona persona, PersonaAgent agent) {
        if (members.stream().noneMatch(m -> m.id().equals(persona.id()))) {
            members.add(new OtherPersona(persona.id(), agent));
        }
    }

    /** Every persona is planned: the cast is complete. */
    synchronized void close() {
        complete.complete(members.stream().sorted(Comparator.comparing(OtherPersona::id)).toList());
    }

    /** Another persona of the run, or empty when the run has only this one. */
    Optional<OtherPersona> otherThan(Persona persona) {
        List<OtherPersona> all = complete.join();
        List<OtherPersona> others = new ArrayList<>(all.stream().filter(m -> !m.id().equals(persona.id())).toList());
        return others.stream().filter(m -> m.id().compareTo(persona.id()) > 0).findFirst()
                .or(() -> others.stream().findFirst());
    }
}
