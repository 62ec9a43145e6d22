package io.github.personagym.task;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name closest to a misspelt one, by edit distance, ignoring case. */
final class NearestName {

    private NearestName() {
    }

    static Optional<String> to(String given, Collection<String> known) {
        String wanted = given.toLowerCase(Locale.ROOT);
        return known.stream()
                .min(Comparator.comparingInt(name -> distance(wanted, name.toLowerCase(Locale.ROOT))));
    }

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
}
