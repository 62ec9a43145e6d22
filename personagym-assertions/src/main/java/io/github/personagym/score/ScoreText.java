package io.github.personagym.score;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How every message, test name and report line prints a score: to two decimals, with more wherever two would make
 * a score look equal to the bound it missed (3.996 against 4.00 prints as 3.996, never as "4.00 is below 4.00"),
 * and a threshold with all the digits it was given (3.995 prints as 3.995, not rounded up to 4.00). Scores are
 * compared as they are, never as printed: one rule, so that no message contradicts the comparison it reports.
 */
@API(status = INTERNAL, since = "0.1")
public final class ScoreText {

    private static final int DECIMALS = 2;
    private static final int MOST_DECIMALS = 17;

    private ScoreText() {
    }

    /** A score to two decimals: {@code 3.20}. */
    public static String of(double value) {
        return fixed(value, DECIMALS);
    }

    /** A threshold or other bound, to two decimals or all the digits it has: {@code 4.00}, {@code 3.995}. */
    public static String bound(double bound) {
        if (!Double.isFinite(bound)) {
            return String.valueOf(bound);
        }
        BigDecimal exact = BigDecimal.valueOf(bound).stripTrailingZeros();
        return exact.setScale(Math.max(DECIMALS, exact.scale())).toPlainString();
    }

    /**
     * A score shown beside the bound it is compared with: two decimals, or as many more as it takes for a score
     * that differs from the bound to print differently from it.
     */
    public static String against(double value, double bound) {
        if (value == bound || !Double.isFinite(value) || !Double.isFinite(bound)) {
            return of(value);
        }
        int decimals = DECIMALS;
        while (decimals < MOST_DECIMALS && fixed(value, decimals).equals(fixed(bound, decimals))) {
            decimals++;
        }
        return fixed(value, decimals);
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
