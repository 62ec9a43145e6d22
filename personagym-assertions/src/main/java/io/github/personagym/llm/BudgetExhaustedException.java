package io.github.personagym.llm;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.config.ConfigKeys;

/**
 * The run's token budget ({@value ConfigKeys#BUDGET_TOKENS}) is spent, so the call was not made. Judges
 * turn it into an error verdict, so the question stays unscored and its test fails with this message.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BudgetExhaustedException extends RuntimeException {

    private final long budget;
    private final long spent;

    BudgetExhaustedException(long budget, long spent) {
        super(String.format(java.util.Locale.ROOT, "The token budget of this run is spent: %,d of %,d tokens "
                + "(%s) used, so no further model calls are made and what still needs one stays unscored. "
                + "Raise it, e.g. -D%s=%d, or remove it to go on; recorded exchanges replay without spending it.",
                spent, budget, ConfigKeys.BUDGET_TOKENS, ConfigKeys.BUDGET_TOKENS, Math.max(budget * 2, 1)));
        this.budget = budget;
        this.spent = spent;
    }

    /** The budget, in tokens. */
    public long budget() {
        return budget;
    }

    /** Tokens used when the call was refused. */
    public long spent() {
        return spent;
    }
}
