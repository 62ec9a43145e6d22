package io.github.personagym.assertions;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.validity.KindFigures;
import io.github.personagym.validity.LabelledAnswer;
import io.github.personagym.validity.ValidityReport;
import java.util.Locale;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on how well a judge told labelled answers apart ({@link ValidityReport}). Failures show the whole
 * table, so the reader sees every kind at once.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ValidityReportAssert extends AbstractAssert<ValidityReportAssert, ValidityReport> {

    ValidityReportAssert(ValidityReport actual) {
        super(actual, ValidityReportAssert.class);
    }

    /** On at least {@code minShare} of same-question pairs, the in-character answer scored above every other kind's. */
    public ValidityReportAssert ranksInCharacterAbove(double minShare) {
        isNotNull();
        actual.kinds().keySet().stream().filter(kind -> !LabelledAnswer.IN_CHARACTER.equals(kind))
                .forEach(kind -> ranksInCharacterAbove(kind, minShare));
        return this;
    }

    /** On at least {@code minShare} of same-question pairs, the in-character answer scored above this kind's. */
    public ValidityReportAssert ranksInCharacterAbove(String kind, double minShare) {
        KindFigures figures = figures(kind);
        double share = figures.rankingAccuracy().orElse(0);
        if (share < minShare) {
            failWithMessage("Expecting the in-character answer to score above the %s answer on at least %.0f%% of "
                    + "same-question pairs, but it did on %d of %d (%.0f%%)%n%s", kind, 100 * minShare,
                    figures.rankedBelow(), figures.pairs(), 100 * share, actual.table());
        }
        return this;
    }

    /** The mean score of this kind's scored answers is below {@code bound}. */
    public ValidityReportAssert hasMeanScoreBelow(String kind, double bound) {
        KindFigures figures = figures(kind);
        if (figures.meanScore().isEmpty() || figures.meanScore().getAsDouble() >= bound) {
            failWithMessage("Expecting the %s answers to score below %.2f on average, but they scored %s%n%s", kind,
                    bound, mean(figures), actual.table());
        }
        return this;
    }

    /** The mean score of this kind's scored answers is at least {@code bound}. */
    public ValidityReportAssert hasMeanScoreAtLeast(String kind, double bound) {
        KindFigures figures = figures(kind);
        if (figures.meanScore().isEmpty() || figures.meanScore().getAsDouble() < bound) {
            failWithMessage("Expecting the %s answers to score at least %.2f on average, but they scored %s%n%s", kind,
                    bound, mean(figures), actual.table());
        }
        return this;
    }

    /** Spearman's correlation of expected and given scores is at least {@code bound}. */
    public ValidityReportAssert hasSpearmanAtLeast(double bound) {
        isNotNull();
        if (actual.spearman().isEmpty() || actual.spearman().getAsDouble() < bound) {
            failWithMessage("Expecting Spearman's correlation of expected and given scores to be at least %.2f, "
                    + "but it was %s%n%s", bound, actual.spearman().isEmpty() ? "not computable (fewer than three "
                    + "scored answers with an expected score)" : String.format(Locale.ROOT, "%.2f",
                    actual.spearman().getAsDouble()), actual.table());
        }
        return this;
    }

    private KindFigures figures(String kind) {
        isNotNull();
        return actual.kind(kind).orElseGet(() -> {
            failWithMessage("Expecting labelled answers of kind '%s', but the kinds are %s", kind,
                    actual.kinds().keySet());
            throw new IllegalStateException("unreachable");
        });
    }

    private static String mean(KindFigures figures) {
        return figures.meanScore().isPresent()
                ? String.format(Locale.ROOT, "%.2f", figures.meanScore().getAsDouble()) : "nothing (none was scored)";
    }
}
