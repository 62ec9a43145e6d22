package io.github.personagym.junit.gym;

import io.github.personagym.judge.Verdict;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The lowest-scored answers of an evaluation as failure-message text: question, answer and each judge's
 * score and reasoning, as the engine's checks, the Jupiter checks and the regression gate show them.
 */
public final class WorstAnswers {

    /** How many answers a message lists. */
    public static final int SHOWN = 3;
    private static final int QUOTE = 240;

    private WorstAnswers() {
    }

    /** "\nWorst answers:" and the {@value #SHOWN} lowest-scored answers of these tasks; empty when none scored. */
    public static String of(EvaluationResult result, List<String> tasks) {
        List<QuestionResult> worst = tasks.stream().flatMap(task -> result.worst(task, SHOWN).stream())
                .sorted(Comparator.comparingDouble(q -> q.score().getAsDouble())).limit(SHOWN).toList();
        if (worst.isEmpty()) {
            return "";
        }
        var text = new StringBuilder("\nWorst answers:");
        int n = 1;
        for (QuestionResult q : worst) {
            text.append("\n ").append(n++).append(") ").append(q.key()).append(" [")
                    .append(q.question().environment()).append("] score ")
                    .append(String.format(Locale.ROOT, "%.2f", q.score().getAsDouble()))
                    .append("\n    Q: ").append(quote(q.question().text()))
                    .append("\n    A: ").append(quote(q.answer().orElse("")));
            for (Verdict v : q.judged().verdicts()) {
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
