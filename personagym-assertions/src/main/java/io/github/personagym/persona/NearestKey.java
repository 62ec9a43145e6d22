package io.github.personagym.persona;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the allowed key a mistyped one most likely meant, by edit distance. */
final class NearestKey {

    private NearestKey() {
    }

    /** The closest candidate, if it is close enough to be a plausible typo of {@code typed}. */
    static Optional<String> suggest(String typed, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(normalize(typed), normalize(candidate));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int tolerated = Math.max(2, typed.length() / 3);
        return bestDistance <= tolerated ? Optional.ofNullable(best) : Optional.empty();
    }

    /** Levenshtein distance: the fewest insertions, deletions and substitutions turning one into the other. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String normalize(String key) {
        return key.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    }
}
