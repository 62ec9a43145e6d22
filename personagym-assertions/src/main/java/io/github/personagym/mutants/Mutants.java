package io.github.personagym.mutants;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.score.PersonaScore;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The mutants of one persona, judged: one trial per kind, and what they cost.
 *
 * @param settings   the settings they ran with
 * @param trials     one per {@link MutantKind}, in its order
 * @param judgeCalls judge calls made for the mutants (one per judge and batch of answers)
 * @param agentCalls calls of another persona's agent for the swapped mutant
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Mutants(MutantSettings settings, List<MutantTrial> trials, int judgeCalls, int agentCalls) {

    public Mutants {
        Objects.requireNonNull(settings, "settings");
        trials = List.copyOf(trials);
    }

    /** Mutant answers that were sent to the judges. */
    public int answersJudged() {
        return (int) trials.stream().flatMap(t -> t.answers().stream()).filter(a -> a.error().isEmpty()).count();
    }

    /** Decides every trial against the agent's score and the persona's PersonaScore threshold. */
    public MutantOutcome decide(PersonaScore agent, OptionalDouble threshold) {
        return new MutantOutcome(this, trials.stream().map(t -> MutantFinding.decide(t, agent, threshold)).toList());
    }
}
