package io.github.personagym.plan;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * "no regression against baseline": the outcome of the run's regression gate for the persona, which the front end
 * supplies ({@link CheckInput#regression()}); not applicable while the persona has no baseline entry.
 */
@API(status = INTERNAL, since = "0.1")
public record RegressionCheck() implements Check {

    @Override
    public CheckOutcome evaluate(CheckInput input) {
        return input.regression().get();
    }
}
