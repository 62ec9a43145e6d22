package io.github.personagym.assertions;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.judge.Verdict;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one judge's {@link Verdict}. Failures show the judge, its score and reasoning, or, for a
 * verdict without a score, the error or the unparseable reply.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class VerdictAssert extends AbstractAssert<VerdictAssert, Verdict> {

    public VerdictAssert(Verdict actual) {
        super(actual, VerdictAssert.class);
    }

    /** The judge gave a score (its reply was neither an error nor unparseable). */
    public VerdictAssert isScored() {
        return scoreMatches("to have a score", true);
    }

    /** The judge gave exactly this score. */
    public VerdictAssert hasScore(int expected) {
        return scoreMatches("to have score " + expected, expected == scoreOrZero());
    }

    /** The judge gave a score of at least {@code min}. */
    public VerdictAssert hasScoreAtLeast(int min) {
        return scoreMatches("to have a score of at least " + min, scoreOrZero() >= min);
    }

    private VerdictAssert scoreMatches(String expectation, boolean matches) {
        isNotNull();
        String expecting = "Expecting the verdict of judge <" + actual.judge() + "> " + expectation;
        if (!actual.isScored()) {
            failWithMessage("%s", expecting + " but it has none: " + FailureText.noScore(actual));
        }
        if (!matches) {
            failWithMessage("%s", expecting + " but was " + actual.score().getAsInt() + "\nReasoning: "
                    + FailureText.shorten(actual.reasoning(), FailureText.REASONING_LIMIT));
        }
        return myself;
    }

    private int scoreOrZero() {
        return actual == null ? 0 : actual.score().orElse(0);
    }
}
