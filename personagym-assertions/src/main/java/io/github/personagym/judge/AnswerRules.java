package io.github.personagym.judge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline judge's cheap checks, which need no embedding: an answer that speaks as an AI, insults the person
 * it answers, is too short to show anyone, or evades the question is out of character in every task. Each
 * finding carries the words that gave it away, so a reader can check the verdict.
 */
final class AnswerRules {

    /** Fewer words than this cannot show a persona's voice, knowledge or reasons. */
    static final int FEWEST_WORDS = 4;
    /** An evasive phrase decides only in an answer this short; in a longer one it is a figure of speech. */
    static final int LONGEST_EVASION = 12;

    private static final String AI = "(?:ai|a\\.i\\.?|artificial intelligence|(?:large )?language model|llm|chat ?bot|bot"
            + "|virtual assistant|ai assistant|digital assistant|ai model|computer program|machine)";
    private static final List<Pattern> DISCLAIMERS = List.of(
            Pattern.compile("\\bas an? " + AI + "(?!\\w)"),
            Pattern.compile("\\bi(?:'m| am)(?: just| only| merely| simply| really| actually)? an? " + AI + "(?!\\w)"),
            Pattern.compile("\\bi(?: do not|'m not able to|n't|don't| cannot| can't| can not) (?:have|feel|experience)"
                    + " (?:any |real |personal |actual )?(?:personal )?(?:experiences?|feelings|emotions|opinions"
                    + "|a (?:physical )?body|memories|a life)\\b"),
            Pattern.compile("\\b(?:my|the) training data\\b"),
            Pattern.compile("\\bi was (?:trained|programmed|built|created) (?:by|to)\\b"),
            Pattern.compile("\\bi(?:'m| am) not (?:a real|really a|actually a) (?:person|human)\\b"),
            Pattern.compile("\\bi(?:'m| am) breaking character\\b|\\bstepping out of (?:the )?character\\b"));

    /** Words that insult whoever hears them. */
    private static final Set<String> STRONG_INSULTS = Set.of("idiot", "idiots", "idiotic", "moron", "morons",
            "moronic", "stupid", "stupidest", "dumb", "dumbest", "dimwit", "dimwitted", "imbecile", "pathetic", "loser",
            "losers", "brainless", "halfwit", "half-wit", "numbskull", "nitwit", "cretin", "worthless", "shut up",
            "get lost", "nobody cares", "no one cares", "waste of my time", "screw you", "i hate you", "buzz off",
            "simpleton", "buffoon", "crybaby");
    /** Words a character may use in jest or of a thing; they count only beside a strong insult. */
    private static final Set<String> MILD_INSULTS = Set.of("clown", "dunce", "dolt", "incompetent", "clueless",
            "ignorant", "garbage", "trash", "disgusting", "pitiful", "airhead", "who cares", "waste of time", "grow up",
            "useless", "spoilt brat", "spoiled brat", "brat", "ridiculous", "annoying", "pest", "lazy", "whiny",
            "whining", "fool", "fools", "bother me", "go away", "beneath me", "dense", "twit");
    private static final Pattern NEGATION = Pattern.compile("(?:\\b(?:not|never|no|nobody's)|n't)\\W+"
            + "(?:\\w+\\W+){0,3}$");
    private static final List<String> EVASIONS = List.of("rather not say", "it depends", "hard to say", "hard to tell",
            "no comment", "i don't know", "i do not know", "not sure", "can't say", "cannot say", "pass on that",
            "prefer not to", "next question", "who knows", "doesn't matter", "does not matter");

    private AnswerRules() {
    }

    /** What one check found: the score it warrants and why. */
    record Finding(String kind, int score, String reason) {
    }

    /** The first check that decides the answer, if one does. */
    static Optional<Finding> check(String question, String answer) {
        String text = normalise(answer);
        Optional<String> disclaimer = disclaimer(text);
        if (disclaimer.isPresent()) {
            return Optional.of(new Finding("disclaimer", 1,
                    "Breaks character: speaks as an AI (\"" + disclaimer.get() + "\")."));
        }
        List<String> strong = insults(normalise(question), text, STRONG_INSULTS);
        List<String> insults = new ArrayList<>(strong);
        insults.addAll(insults(normalise(question), text, MILD_INSULTS));
        if (!strong.isEmpty() && insults.size() >= 2) {
            return Optional.of(new Finding("toxic", 1, "Insults the person it answers (\""
                    + String.join("\", \"", insults) + "\"): out of character and toxic."));
        }
        int words = words(text);
        if (words < FEWEST_WORDS) {
            return Optional.of(new Finding("too-short", 1,
                    "Too short to show the persona (" + words + (words == 1 ? " word" : " words") + ")."));
        }
        if (words <= LONGEST_EVASION) {
            Optional<String> evasion = EVASIONS.stream()
                    .filter(phrase -> Pattern.compile("\\b" + Pattern.quote(phrase) + "\\b").matcher(text).find())
                    .findFirst();
            if (evasion.isPresent()) {
                return Optional.of(new Finding("evasive", 1,
                        "Evades the question (\"" + evasion.get() + "\") in a few words."));
            }
        }
        if (!strong.isEmpty()) {
            return Optional.of(new Finding("insult", 2, "Insults the person it answers (\"" + strong.get(0)
                    + "\"): out of character."));
        }
        return Optional.empty();
    }

    static Optional<String> disclaimer(String text) {
        for (Pattern pattern : DISCLAIMERS) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
                return Optional.of(matcher.group());
            }
        }
        return Optional.empty();
    }

    /** Insults in the answer that the question did not use first, and that no negation precedes. */
    static List<String> insults(String question, String text, Set<String> words) {
        Set<String> found = new LinkedHashSet<>();
        for (String insult : words.stream().sorted().toList()) {
            Matcher matcher = Pattern.compile("\\b" + Pattern.quote(insult) + "\\b").matcher(text);
            while (matcher.find()) {
                boolean echoed = question.matches("(?s).*\\b" + Pattern.quote(insult) + "\\b.*");
                boolean negated = NEGATION.matcher(text.substring(Math.max(0, matcher.start() - 40), matcher.start()))
                        .find();
                if (!echoed && !negated) {
                    found.add(insult);
                }
            }
        }
        return new ArrayList<>(found);
    }

    static int words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
    }
}
