package io.github.personagym.validity;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.OptionalDouble;

/**
 * How a judge scored the answers of one kind.
 *
 * @param kind            the kind of answer
 * @param answers         how many answers of this kind were judged
 * @param unscored        how many got no score (an abstention, an error, an unreadable verdict)
 * @param meanScore       the mean of the scores given, when any
 * @param pairs           same-question pairs with an in-character answer (0 for the in-character kind itself)
 * @param rankedBelow     pairs in which the in-character answer scored strictly higher than this kind's
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record KindFigures(String kind, int answers, int unscored, OptionalDouble meanScore, int pairs,
                          int rankedBelow) {

    /** The share of same-question pairs in which the in-character answer ranked strictly above; empty without pairs. */
    public OptionalDouble rankingAccuracy() {
        return pairs == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) rankedBelow / pairs);
    }

    KindFigures plus(KindFigures other) {
        int scored = answers - unscored;
        int otherScored = other.answers - other.unscored;
        OptionalDouble mean = scored + otherScored == 0 ? OptionalDouble.empty()
                : OptionalDouble.of((meanScore.orElse(0) * scored + other.meanScore.orElse(0) * otherScored)
                        / (scored + otherScored));
        return new KindFigures(kind, answers + other.answers, unscored + other.unscored, mean,
                pairs + other.pairs, rankedBelow + other.rankedBelow);
    }
}
