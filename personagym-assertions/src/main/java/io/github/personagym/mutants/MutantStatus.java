package io.github.personagym.mutants;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Locale;

/** What became of a mutant kind. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum MutantStatus {

    /** Its score is below the PersonaScore threshold, or below the agent's score by more than the interval. */
    CAUGHT,
    /** Scored, and neither below the threshold nor clearly below the agent: the suite and judges missed it. */
    SURVIVED,
    /** No score to decide on (judge errors, abstentions, or the agent itself has no PersonaScore); never caught. */
    UNSCORED,
    /** Its mutant equals the agent's answer on every question (one-sentence answers have no one-sentence mutant). */
    EQUIVALENT;

    /** {@code caught}, {@code survived}, … as reports write it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
