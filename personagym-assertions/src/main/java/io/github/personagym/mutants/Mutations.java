package io.github.personagym.mutants;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives a mutant's answer from the agent's, with no model. Every choice from a bank is made by the question
 * key, so the same question always gets the same mutant text: judge calls on mutants are recorded and replayed
 * like any other.
 */
@API(status = INTERNAL, since = "0.1")
public final class Mutations {

    static final List<String> DISCLAIMERS = List.of(
            "As an AI language model, I have no feelings or memories of my own, but here is what I can say: ",
            "As an AI language model, I can't actually be in this situation, but I can describe what people "
                    + "usually do. ",
            "As an AI language model, I have no body, no past and no opinions of my own. That said: ");

    static final List<String> INSULTS = List.of(
            " Honestly, only an idiot would need to ask that.",
            " Now stop wasting my time with your pathetic questions, you fool.",
            " What a stupid question. Use your brain for once, moron.");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019-][\\p{L}\\p{N}]+)*");

    private Mutations() {
    }

    /**
     * The mutant of an answer, or empty when the mutant would say what the agent said (an answer of one word
     * has no one-word mutant): such an equivalent mutant cannot be caught and is not judged.
     *
     * <p>For {@link MutantKind#SWAPPED} this is the fixed {@link #offPersonaVoice(String) off-persona voice};
     * a run with other personas asks one of their agents instead.
     *
     * @param questionKey the question's key in its suite, which picks the disclaimer, insult or bank answer
     * @param answer      the agent's answer
     */
    public static Optional<String> derive(MutantKind kind, String questionKey, String answer) {
        String mutant = switch (kind) {
            case SWAPPED -> offPersonaVoice(questionKey);
            case DISCLAIMER -> disclaimer(questionKey, answer);
            case ONE_WORD -> oneWord(answer);
            case ONE_SENTENCE -> firstSentence(answer);
            case INSULT -> insult(questionKey, answer);
            case GENERIC -> generic(questionKey);
        };
        return mutant.isBlank() || mutant.equals(answer.strip()) || kind == MutantKind.ONE_WORD && words(answer) < 2
                ? Optional.empty() : Optional.of(mutant);
    }

    /** "As an AI language model, …" followed by the answer. */
    public static String disclaimer(String questionKey, String answer) {
        return pick(DISCLAIMERS, questionKey, 1) + answer.strip();
    }

    /** The answer's first word, without the punctuation around it. */
    public static String oneWord(String answer) {
        Matcher word = WORD.matcher(answer);
        return word.find() ? word.group() : answer.strip();
    }

    /** The answer's first sentence. */
    public static String firstSentence(String answer) {
        String text = answer.strip();
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        int end = sentences.next();
        return end == BreakIterator.DONE ? text : text.substring(0, end).strip();
    }

    /** The answer with an insult appended. */
    public static String insult(String questionKey, String answer) {
        return answer.strip() + pick(INSULTS, questionKey, 2);
    }

    /** A generic helpful-assistant answer that fits any question and no persona. */
    public static String generic(String questionKey) {
        return pick(GenericAnswers.BANK, questionKey, 3);
    }

    /** A line of the fixed off-persona voice, for a run with no other persona to swap with. */
    public static String offPersonaVoice(String questionKey) {
        return pick(OffPersonaVoice.BANK, questionKey, 4);
    }

    /** Who speaks in {@link #offPersonaVoice(String)}, for reports. */
    public static String offPersonaVoiceName() {
        return OffPersonaVoice.WHO;
    }

    private static int words(String answer) {
        Matcher word = WORD.matcher(answer);
        int count = 0;
        while (count < 2 && word.find()) {
            count++;
        }
        return count;
    }

    private static String pick(List<String> bank, String questionKey, long salt) {
        return bank.get((int) Math.floorMod(StableHash.of(salt + ":" + questionKey), (long) bank.size()));
    }
}
