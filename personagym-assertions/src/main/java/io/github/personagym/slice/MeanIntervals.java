package io.github.personagym.slice;

import io.github.personagym.score.ConfidenceInterval;
import java.util.Optional;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * Student's t-interval of a group's mean and Welch's interval of the difference of two groups' means, from Commons
 * Math's t distribution. Means of PersonaScores lie on the 1–5 scale, so a group's interval is cut to it.
 */
final class MeanIntervals {

    static final double LOWEST = 1;
    static final double HIGHEST = 5;

    private MeanIntervals() {
    }

    static double mean(double[] values) {
        return new Mean().evaluate(values);
    }

    /** The t-interval of the mean at {@code confidence}; none for fewer than two values. */
    static Optional<ConfidenceInterval> ofMean(double[] values, double confidence) {
        if (values.length < 2) {
            return Optional.empty();
        }
        double mean = mean(values);
        double half = quantile(values.length - 1, confidence) * standardError(values);
        return Optional.of(new ConfidenceInterval(Math.max(LOWEST, mean - half), Math.min(HIGHEST, mean + half)));
    }

    /**
     * Welch's interval of {@code mean(a) - mean(b)} at {@code confidence}, with the Welch–Satterthwaite degrees of
     * freedom; both groups need two values or more.
     */
    static ConfidenceInterval ofDifference(double[] a, double[] b, double confidence) {
        double varA = squaredError(a);
        double varB = squaredError(b);
        double difference = mean(a) - mean(b);
        double standardError = Math.sqrt(varA + varB);
        if (standardError == 0) {
            // every persona of both groups has the same score: the difference is what it is
            return new ConfidenceInterval(difference, difference);
        }
        double freedom = Math.pow(varA + varB, 2)
                / (varA * varA / (a.length - 1) + varB * varB / (b.length - 1));
        double half = quantile(freedom, confidence) * standardError;
        return new ConfidenceInterval(difference - half, difference + half);
    }

    private static double standardError(double[] values) {
        return Math.sqrt(squaredError(values));
    }

    /** The squared standard error of the mean: the sample variance over n. */
    private static double squaredError(double[] values) {
        return new Variance(true).evaluate(values) / values.length;
    }

    private static double quantile(double freedom, double confidence) {
        return new TDistribution(null, freedom).inverseCumulativeProbability(1 - (1 - confidence) / 2);
    }
}
