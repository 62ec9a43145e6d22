package io.github.personagym.metric;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ROUGE-L (Lin, "ROUGE: A Package for Automatic Evaluation of Summaries", ACL 2004 workshop, section 3.1): the
 * longest common subsequence (LCS) of the tokens of a candidate and of a reference, as precision (LCS over the
 * candidate's length), recall (LCS over the reference's length) and their harmonic mean, F1 (β = 1, as Google's
 * {@code rouge-score} package reports {@code fmeasure}).
 *
 * <p>Tokens are as {@code rouge-score}'s default tokenizer makes them: the text lower-cased, and every maximal run
 * of letters and digits one token; everything else separates tokens. No stemming and no stop words (its default).
 * One difference: {@code rouge-score} keeps only the ASCII letters a–z, so that a text in another script has no
 * tokens at all; here any letter counts, so ROUGE-L works for answers in other languages too (for ASCII text the
 * tokens are the same). An empty candidate or reference scores 0.
 *
 * <p>No library on Maven Central offers ROUGE today (the Java ROUGE 2.0 toolkit is distributed as a jar outside
 * it), hence this one class.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RougeL {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    /** ROUGE-L of a candidate against a reference, and whether their tokens are the same (exact match). */
    public record Score(double precision, double recall, double f1, boolean exactMatch) {
    }

    private RougeL() {
    }

    /** The tokens of a text: its runs of letters and digits, lower-cased. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** ROUGE-L of {@code candidate} (the agent's answer) against {@code reference}. */
    public static Score score(String reference, String candidate) {
        List<String> ref = tokens(reference);
        List<String> cand = tokens(candidate);
        if (ref.isEmpty() || cand.isEmpty()) {
            return new Score(0, 0, 0, ref.equals(cand) && !ref.isEmpty());
        }
        int lcs = lcs(ref, cand);
        double precision = (double) lcs / cand.size();
        double recall = (double) lcs / ref.size();
        double f1 = lcs == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Score(precision, recall, f1, ref.equals(cand));
    }

    /** The length of the longest common subsequence, by dynamic programming over two rows. */
    static int lcs(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String token : a) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = token.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }
}
