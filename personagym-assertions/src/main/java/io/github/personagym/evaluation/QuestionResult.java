package io.github.personagym.evaluation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.suite.SuiteQuestion;
import io.github.personagym.judge.JudgedAnswer;
import io.github.personagym.judge.Verdict;
import io.github.personagym.metric.Measurement;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * What became of one question: the agent's answer or its error, and the judges' verdicts or, for a question of a
 * judge-free task, its measurement. An answer the agent failed to give is never judged nor measured: its
 * {@link JudgedAnswer} has no verdicts, so it has no score.
 *
 * @param question   the question
 * @param answer     what the agent answered, when it did
 * @param agentError why the agent gave no usable answer (an exception, a blank answer)
 * @param judged     the answer with every judge's verdict (none when the agent failed, none for a judge-free task)
 * @param measured   for a judge-free task's question the agent answered, or a question that does not fit its task's
 *                   kind: what was measured, or why nothing was
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record QuestionResult(SuiteQuestion question, Optional<String> answer, Optional<String> agentError,
                             JudgedAnswer judged, Optional<Measurement> measured) {

    public QuestionResult {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(agentError, "agentError");
        Objects.requireNonNull(judged, "judged");
        Objects.requireNonNull(measured, "measured");
    }

    /** The result of a rubric task's question. */
    public QuestionResult(SuiteQuestion question, Optional<String> answer, Optional<String> agentError,
                          JudgedAnswer judged) {
        this(question, answer, agentError, judged, Optional.empty());
    }

    /**
     * Whether the question failed: the agent gave no answer, or a judge gave no score for a fault (an error, an
     * unreadable reply). A low score is no failure, and neither is a judge that abstained ({@link #abstained()}).
     */
    public boolean failed() {
        if (agentError.isPresent()) {
            return true;
        }
        if (measured.isPresent()) {
            return measured.get().status() == Measurement.Status.INVALID;
        }
        return judged.verdicts().isEmpty()
                || judged.verdicts().stream().anyMatch(verdict -> !verdict.isScored() && !verdict.isAbstained());
    }

    /**
     * Whether a judge said it cannot tell, or a multiple-choice reply named no option or several, and nothing failed:
     * the question is unscored, and aborted, not failed.
     */
    public boolean abstained() {
        if (failed()) {
            return false;
        }
        return measured.map(m -> m.status() == Measurement.Status.UNSCORED)
                .orElseGet(() -> judged.verdicts().stream().anyMatch(Verdict::isAbstained));
    }

    /** What went wrong, on one line, when the question {@link #failed()} or a judge {@link #abstained()}. */
    public Optional<String> problem() {
        if (agentError.isPresent()) {
            return Optional.of(oneLine("the agent gave no answer: " + agentError.get()));
        }
        if (measured.isPresent()) {
            return measured.get().isScored() ? Optional.empty() : Optional.of(oneLine(measured.get().detail()));
        }
        if (judged.verdicts().isEmpty()) {
            return Optional.of("no judge gave a verdict");
        }
        String problems = judged.verdicts().stream()
                .filter(verdict -> !verdict.isScored())
                .map(verdict -> verdict.isAbstained()
                        ? "judge " + verdict.judge() + " abstained: " + verdict.reasoning()
                        : "judge " + verdict.judge() + " gave no score (" + verdict.problem().orElse("") + ")")
                .collect(Collectors.joining("; "));
        return problems.isEmpty() ? Optional.empty() : Optional.of(oneLine(problems));
    }

    /** The mean of the judges' scores, when every judge gave one (a rubric task's question). */
    public OptionalDouble score() {
        return judged.score();
    }

    /** The measured value of a judge-free task's question (ROUGE-L F1; 1 or 0 for a right or wrong option). */
    public OptionalDouble measuredValue() {
        return measured.map(Measurement::value).orElse(OptionalDouble.empty());
    }

    public String key() {
        return question.key();
    }

    public String task() {
        return question.task();
    }

    /** The verdict of one judge, by its id. */
    public Optional<Verdict> verdict(String judgeId) {
        return judged.verdicts().stream().filter(v -> v.judge().equals(judgeId)).findFirst();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
