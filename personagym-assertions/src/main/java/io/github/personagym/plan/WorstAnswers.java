package io.github.personagym.plan;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.github.personagym.judge.JudgedAnswer;
import io.github.personagym.judge.Verdict;
import io.github.personagym.score.ScoreText;
import java.util.Comparator;
import java.util.List;

/**
 * The lowest-scored answers of an evaluation as failure-message text: question, answer and each judge's score
 * and reasoning, as the checks and the regression gate show them.
 */
@API(status = INTERNAL, since = "0.1")
public final class WorstAnswers {

    /** How many answers a message lists. */
    public static final int SHOWN = 3;
    private static final int QUOTE = 240;

    private WorstAnswers() {
    }

    /**
     * "\nWorst answers:" and the {@value #SHOWN} lowest-scored answers of these tasks, lowest first (ties in the
     * order of {@code tasks}, then of {@code answers}); empty when none was scored.
     */
    public static String of(List<JudgedAnswer> answers, List<String> tasks) {
        List<JudgedAnswer> worst = answers.stream().filter(a -> tasks.contains(a.task())).filter(JudgedAnswer::isScored)
                .sorted(Comparator.<JudgedAnswer>comparingDouble(a -> a.score().getAsDouble())
                        .thenComparingInt(a -> tasks.indexOf(a.task())))
                .limit(SHOWN).toList();
        if (worst.isEmpty()) {
            return "";
        }
        var text = new StringBuilder("\nWorst answers:");
        int n = 1;
        for (JudgedAnswer answer : worst) {
            text.append("\n ").append(n++).append(") ").append(answer.answer().questionKey()).append(" [")
                    .append(answer.environment()).append("] score ").append(ScoreText.of(answer.score().getAsDouble()))
                    .append("\n    Q: ").append(quote(answer.answer().question()))
                    .append("\n    A: ").append(quote(answer.answer().text()));
            for (Verdict v : answer.verdicts()) {
                text.append("\n    ").append(v.judge()).append(": ")
                        .append(v.score().isPresent() ? String.valueOf(v.score().getAsInt()) : "n/a")
                        .append(" \u2014 ").append(quote(v.reasoning()));
            }
        }
        return text.toString();
    }

    /** The text on one line, cut with an ellipsis past a few lines' worth. */
    public static String quote(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= QUOTE ? flat : flat.substring(0, QUOTE - 1) + "\u2026";
    }
}
