package io.github.personagym.metric;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads which option of a multiple-choice question a reply names, strictly: a reply names an option by its label
 * written as a label, or by the option's whole text. It never guesses: a reply that names no option, or more than
 * one, names none (and its question is unscored, not wrong).
 *
 * <p>A label counts when it is the whole reply ({@code B}, {@code (b)}, {@code **B.**}); in parentheses anywhere
 * ({@code (B)}); a capital followed by a parenthesis ({@code B)}); a capital with a full stop or colon at the start
 * of a line ({@code B. The barometer}); a capital after "answer", "option" or "choice" ({@code the answer is B});
 * or a capital standing alone at the very end of the reply ({@code I'd say B.}). A lone capital elsewhere does not
 * count: "A fine question" names no option A. An option's text counts when its tokens (as {@link RougeL} makes
 * them) occur in a row in the reply's tokens; an option whose text lies inside another named option's text
 * ({@code Boston} in {@code South Boston}) is not counted for that.
 */
@API(status = INTERNAL, since = "0.1")
public final class OptionReader {

    private static final String LABEL_END = "(?![\\p{L}\\p{N}])";
    private static final List<Pattern> LABELS = List.of(
            Pattern.compile("\\(\\s*([A-Za-z])\\s*\\)"),
            Pattern.compile("(?<![\\p{L}\\p{N}])([A-Z])\\)"),
            Pattern.compile("(?m)^[\\s*_>#-]*([A-Z])[.:]" + LABEL_END),
            Pattern.compile("(?i:answer|option|choice)(?:\\s+(?i:is))?\\s*:?\\s*[*_\"']*([A-Z])" + LABEL_END),
            Pattern.compile("(?<=\\s)[*_\"']*([A-Z])[*_\"']*[.!]?[*_\"']*\\s*\\z"));
    private static final Pattern WHOLE = Pattern.compile("[\\s*_.()!:\\[\\]\"'`]*([A-Za-z])[\\s*_.()!:\\[\\]\"'`]*");

    private OptionReader() {
    }

    /** The indexes of the options the reply names, in order; exactly one makes a readable reply. */
    public static List<Integer> named(Choices choices, String reply) {
        SortedSet<Integer> named = new TreeSet<>();
        Matcher whole = WHOLE.matcher(reply);
        if (whole.matches()) {
            addLabel(choices, whole.group(1), named);
            return List.copyOf(named);
        }
        for (Pattern label : LABELS) {
            Matcher matcher = label.matcher(reply);
            while (matcher.find()) {
                addLabel(choices, matcher.group(1), named);
            }
        }
        named.addAll(byText(choices, RougeL.tokens(reply)));
        return List.copyOf(named);
    }

    /** What the reply scores: 1 for the right option, 0 for another, unscored when it names none or several. */
    public static Measurement measure(Choices choices, String reply) {
        List<Integer> named = named(choices, reply);
        if (named.isEmpty()) {
            return Measurement.unscored("the reply names no option (" + String.join(", ", choices.labels())
                    + "), by its letter or its text");
        }
        if (named.size() > 1) {
            return Measurement.unscored("the reply names " + named.size() + " options, "
                    + String.join(" and ", named.stream().map(choices::describe).toList()) + ", so it gives no one answer");
        }
        int chosen = named.get(0);
        boolean right = chosen == choices.answer();
        String detail = "chose " + choices.describe(chosen) + (right ? ", the right option"
                : "; the right option is " + choices.describe(choices.answer()));
        return Measurement.choice(Choices.label(chosen), right, detail);
    }

    private static void addLabel(Choices choices, String label, SortedSet<Integer> named) {
        int index = choices.indexOf(label);
        if (index >= 0) {
            named.add(index);
        }
    }

    private static List<Integer> byText(Choices choices, List<String> reply) {
        List<List<String>> options = choices.options().stream().map(RougeL::tokens).toList();
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            if (!options.get(i).isEmpty() && Collections.indexOfSubList(reply, options.get(i)) >= 0) {
                found.add(i);
            }
        }
        return found.stream().filter(i -> found.stream().noneMatch(j -> j != i && insideOf(options.get(i), options.get(j))))
                .toList();
    }

    private static boolean insideOf(List<String> shorter, List<String> longer) {
        return longer.size() > shorter.size() && Collections.indexOfSubList(longer, shorter) >= 0;
    }
}
