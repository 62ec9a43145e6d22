package io.github.personagym.persona;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the allowed key or name a mistyped one most likely meant, by edit distance. Shared by the persona
 * and task file readers; not part of the supported API.
 */
@API(status = INTERNAL, since = "0.1")
public final class NearestKey {

    private static final int LONGEST_TYPO = 100;

    private NearestKey() {
    }

    /** The closest candidate however far, ignoring case and separators; empty without candidates or for a text too long to be a name. */
    public static Optional<String> nearest(String typed, Collection<String> candidates) {
        if (typed.length() > LONGEST_TYPO) {
            return Optional.empty();
        }
        return candidates.stream().min(java.util.Comparator.comparingInt(
                candidate -> distance(normalize(typed), normalize(candidate))));
    }

    /** The closest candidate, if it is close enough to be a plausible typo of {@code typed}. */
    public static Optional<String> suggest(String typed, Collection<String> candidates) {
        if (typed.length() > LONGEST_TYPO) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(normalize(typed), normalize(candidate));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int tolerated = typed.length() <= 4 ? 1 : Math.max(2, typed.length() / 3);
        boolean plausible = bestDistance <= tolerated && bestDistance < typed.length();
        return plausible ? Optional.ofNullable(best) : Optional.empty();
    }

    /**
     * Edit distance: the fewest insertions, deletions, substitutions and swaps of two neighbouring characters
     * (Levenshtein, with transpositions as one edit) turning one text into the other.
     */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static String normalize(String key) {
        return key.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    }
}
