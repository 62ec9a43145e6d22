package io.github.personagym.assertions;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.judge.JudgedAnswer;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link JudgedAnswer}: its score, the mean of its judges' scores. Failures quote the
 * question and the answer and give each judge's score and reasoning, so the reason for a low score can be
 * read from the test report.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class JudgedAnswerAssert extends AbstractAssert<JudgedAnswerAssert, JudgedAnswer> {

    public JudgedAnswerAssert(JudgedAnswer actual) {
        super(actual, JudgedAnswerAssert.class);
    }

    /** Every judge gave a score. */
    public JudgedAnswerAssert isScored() {
        isNotNull();
        if (!actual.isScored()) {
            failWithMessage("%s", expecting("to have a score") + " but " + whyNoScore() + details());
        }
        return myself;
    }

    /** Every judge gave a score, and their mean is at least {@code min}. */
    public JudgedAnswerAssert hasScoreAtLeast(double min) {
        return bound(min, true);
    }

    /** Every judge gave a score, and their mean is at most {@code max}. */
    public JudgedAnswerAssert hasScoreAtMost(double max) {
        return bound(max, false);
    }

    private JudgedAnswerAssert bound(double bound, boolean atLeast) {
        isNotNull();
        String expectation = expecting("to score " + (atLeast ? "at least " : "at most ") + io.github.personagym.score.ScoreText.bound(bound));
        if (!actual.isScored()) {
            failWithMessage("%s", expectation + " but " + whyNoScore() + details());
        }
        double score = actual.score().getAsDouble();
        if (atLeast ? score < bound : score > bound) {
            failWithMessage("%s", expectation + " but scored " + FailureText.score(score, bound) + details());
        }
        return myself;
    }

    private String expecting(String what) {
        return "Expecting the answer to <" + actual.answer().questionKey() + "> (" + actual.task() + ", "
                + actual.environment() + ") " + what;
    }

    private String whyNoScore() {
        if (actual.verdicts().isEmpty()) {
            return "it has no score: no judge gave a verdict";
        }
        long missing = actual.verdicts().stream().filter(v -> !v.isScored()).count();
        return "it has no score: " + missing + " of " + actual.verdicts().size() + " judges gave none";
    }

    private String details() {
        String judges = actual.verdicts().stream().map(FailureText::verdict)
                .collect(Collectors.joining("\n  - ", "\n  - ", ""));
        return "\nQuestion: " + FailureText.quote(actual.answer().question(), FailureText.QUESTION_LIMIT)
                + "\nAnswer: " + FailureText.quote(actual.answer().text(), FailureText.ANSWER_LIMIT)
                + (actual.verdicts().isEmpty() ? "" : "\nJudges:" + judges);
    }
}
