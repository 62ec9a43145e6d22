package io.github.personagym.judge;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

/**
 * How far the judges of an ensemble agree on a set of answers (items × judges, missing values allowed: a
 * verdict without a score is simply absent).
 *
 * <p>Krippendorff's alpha is 1 for perfect agreement, 0 for agreement no better than chance, and negative
 * for systematic disagreement. It needs at least two items with two or more scores each; with fewer it is
 * empty. When the judges never disagree alpha is 1, also in the degenerate case where every score is the
 * same (strictly, alpha is undefined there; for a report, "no disagreement" is the useful reading).
 *
 * @param intervalAlpha Krippendorff's alpha with the interval metric (squared difference of scores)
 * @param ordinalAlpha  Krippendorff's alpha with the ordinal metric (distance by ranks of the scores used)
 * @param meanSpread    mean over items with two or more scores of the highest minus the lowest score
 * @param pairableItems items with at least two scores
 */
@API(status = INTERNAL, since = "0.1")
public record Agreement(OptionalDouble intervalAlpha, OptionalDouble ordinalAlpha, OptionalDouble meanSpread,
                        int pairableItems) {

    private static final int MIN = 1;
    private static final int MAX = 5;

    /** Agreement over items, each given as the verdicts of every judge. */
    public static Agreement of(List<List<Verdict>> verdictsPerItem) {
        var scores = verdictsPerItem.stream()
                .map(verdicts -> verdicts.stream().filter(Verdict::isScored).map(v -> v.score().getAsInt()).toList())
                .toList();
        return ofScores(scores);
    }

    /** Agreement over items, each given as the scores (1 to 5) the judges gave; absent scores are left out. */
    public static Agreement ofScores(List<List<Integer>> scoresPerItem) {
        var pairable = scoresPerItem.stream().filter(scores -> scores.size() >= 2).toList();
        OptionalDouble spread = pairable.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(pairable.stream()
                .mapToInt(s -> s.stream().mapToInt(Integer::intValue).max().orElseThrow()
                        - s.stream().mapToInt(Integer::intValue).min().orElseThrow())
                .average().orElseThrow());
        if (pairable.size() < 2) {
            return new Agreement(OptionalDouble.empty(), OptionalDouble.empty(), spread, pairable.size());
        }
        double[][] coincidences = coincidences(pairable);
        double[] totals = IntStream.range(0, coincidences.length)
                .mapToDouble(c -> IntStream.range(0, coincidences.length).mapToDouble(k -> coincidences[c][k]).sum())
                .toArray();
        return new Agreement(alpha(coincidences, totals, Agreement::interval),
                alpha(coincidences, totals, Agreement::ordinal), spread, pairable.size());
    }

    /** A squared distance between two scores, given how often each score occurs ({@code n}). */
    @FunctionalInterface
    private interface Metric {
        double squared(int c, int k, double[] n);
    }

    private static double interval(int c, int k, double[] n) {
        return (double) (c - k) * (c - k);
    }

    private static double ordinal(int c, int k, double[] n) {
        double between = 0;
        for (int g = Math.min(c, k); g <= Math.max(c, k); g++) {
            between += n[g];
        }
        double d = between - (n[c] + n[k]) / 2;
        return d * d;
    }

    /** o[c][k]: each ordered pair of scores within an item, weighted 1 / (scores in the item − 1). */
    private static double[][] coincidences(List<List<Integer>> pairable) {
        double[][] o = new double[MAX + 1][MAX + 1];
        for (var scores : pairable) {
            double weight = 1.0 / (scores.size() - 1);
            for (int i = 0; i < scores.size(); i++) {
                for (int j = 0; j < scores.size(); j++) {
                    if (i != j) {
                        o[check(scores.get(i))][check(scores.get(j))] += weight;
                    }
                }
            }
        }
        return o;
    }

    /** 1 − observed disagreement / disagreement expected by chance. */
    private static OptionalDouble alpha(double[][] o, double[] n, Metric metric) {
        double total = 0;
        double observed = 0;
        double expected = 0;
        for (int c = MIN; c <= MAX; c++) {
            total += n[c];
            for (int k = MIN; k <= MAX; k++) {
                double distance = metric.squared(c, k, n);
                observed += o[c][k] * distance;
                expected += n[c] * n[k] * distance;
            }
        }
        if (observed == 0) {
            return OptionalDouble.of(1.0);
        }
        return OptionalDouble.of(1 - (observed / total) / (expected / (total * (total - 1))));
    }

    private static int check(int score) {
        if (score < MIN || score > MAX) {
            throw new IllegalArgumentException("Scores run from 1 to 5, got " + score);
        }
        return score;
    }
}
