package io.github.personagym.assertions;

import io.github.personagym.judge.Verdict;
import io.github.personagym.score.ScoreText;
import io.github.personagym.score.TaskScore;
import java.util.Locale;

/** The pieces failure messages are made of: scores, counts and quoted, shortened texts. */
final class FailureText {

    static final int QUESTION_LIMIT = 300;
    static final int ANSWER_LIMIT = 500;
    static final int REASONING_LIMIT = 400;

    private FailureText() {
    }

    /** A score to two decimals ({@link ScoreText#of}). */
    static String score(double value) {
        return ScoreText.of(value);
    }

    /** A score beside the bound it missed, with the digits that tell them apart ({@link ScoreText#against}). */
    static String score(double value, double bound) {
        return ScoreText.against(value, bound);
    }

    /** {@code 2.90 (95% CI [2.50, 3.30], 10 scored, 0 unscored)}, or the unscored count when there is no score. */
    static String taskFigures(TaskScore task, double bound) {
        if (task.score().isEmpty()) {
            return "no score (" + task.unscored() + " unscored)";
        }
        return score(task.score().getAsDouble(), bound) + " (" + task.ci().map(ci -> "95% CI " + ci + ", ").orElse("")
                + counts(task.scored(), task.unscored()) + ")";
    }

    static String counts(int scored, int unscored) {
        return scored + " scored, " + unscored + " unscored";
    }

    /** One judge's verdict, for a list of judges: its score and reasoning, or why it has none. */
    static String verdict(Verdict verdict) {
        if (verdict.isScored()) {
            return verdict.judge() + ": " + verdict.score().getAsInt() + ". " + shorten(verdict.reasoning(), REASONING_LIMIT);
        }
        return verdict.judge() + ": " + noScore(verdict);
    }

    /**
     * Why a verdict has no score: {@code no score (error): timeout}, with the raw reply when kept. An error is
     * shown whole: it ends in what to do about it.
     */
    static String noScore(Verdict verdict) {
        return "no score (" + verdict.kind().name().toLowerCase(Locale.ROOT) + "): "
                + (verdict.kind() == Verdict.Kind.ERROR ? verdict.reasoning().strip()
                        : shorten(verdict.reasoning(), REASONING_LIMIT))
                + verdict.rawReply().map(raw -> "; raw reply " + quote(raw, REASONING_LIMIT)).orElse("");
    }

    static String quote(String text, int limit) {
        return "\"" + shorten(text, limit) + "\"";
    }

    /** The text cut at a word boundary near {@code limit} characters, saying how much was left out. */
    static String shorten(String text, int limit) {
        String stripped = text.strip();
        if (stripped.length() <= limit) {
            return stripped;
        }
        int cut = stripped.lastIndexOf(' ', limit);
        if (cut < limit / 2) {
            cut = Character.isLowSurrogate(stripped.charAt(limit)) ? limit - 1 : limit;
        }
        return stripped.substring(0, cut).stripTrailing() + " … (" + (stripped.length() - cut) + " more characters)";
    }
}
