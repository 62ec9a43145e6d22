package io.github.personagym.gym;

import io.github.personagym.judge.JudgedAnswer;
import io.github.personagym.judge.Verdict;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * What became of one question: the agent's answer or its error, and the judges' verdicts. An answer the
 * agent failed to give is never judged: its {@link JudgedAnswer} has no verdicts, so it has no score.
 *
 * @param question   the question
 * @param answer     what the agent answered, when it did
 * @param agentError why the agent gave no usable answer (an exception, a blank answer)
 * @param judged     the answer with every judge's verdict (none when the agent failed)
 */
public record QuestionResult(SuiteQuestion question, Optional<String> answer, Optional<String> agentError,
                             JudgedAnswer judged) {

    public QuestionResult {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(agentError, "agentError");
        Objects.requireNonNull(judged, "judged");
    }

    /**
     * Whether the question failed: the agent gave no answer, or a judge gave no score for a fault (an error, an
     * unreadable reply). A low score is no failure, and neither is a judge that abstained ({@link #abstained()}).
     */
    public boolean failed() {
        return agentError.isPresent() || judged.verdicts().isEmpty()
                || judged.verdicts().stream().anyMatch(verdict -> !verdict.isScored() && !verdict.isAbstained());
    }

    /** Whether a judge said it cannot tell, and nothing failed: the question is unscored, and aborted, not failed. */
    public boolean abstained() {
        return !failed() && judged.verdicts().stream().anyMatch(Verdict::isAbstained);
    }

    /** What went wrong, on one line, when the question {@link #failed()} or a judge {@link #abstained()}. */
    public Optional<String> problem() {
        if (agentError.isPresent()) {
            return Optional.of(oneLine("the agent gave no answer: " + agentError.get()));
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

    /** The mean of the judges' scores, when every judge gave one. */
    public OptionalDouble score() {
        return judged.score();
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
