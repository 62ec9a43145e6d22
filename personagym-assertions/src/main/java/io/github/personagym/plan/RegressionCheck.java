package io.github.personagym.plan;

/**
 * "no regression against baseline": the outcome of the run's regression gate for the persona, which the front end
 * supplies ({@link CheckInput#regression()}); not applicable while the persona has no baseline entry.
 */
public record RegressionCheck() implements Check {

    @Override
    public CheckOutcome evaluate(CheckInput input) {
        return input.regression().get();
    }
}
