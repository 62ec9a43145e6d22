package io.github.personagym.suite;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.Turn;
import io.github.personagym.judge.ScoreExemplars;
import io.github.personagym.metric.AnswerKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question of a suite.
 *
 * @param key         stable key, unique within the suite (e.g. {@code wedding-linguistic-habits-3}); test
 *                    unique ids are built from it, so it must not change when questions are added or reordered
 * @param task        the task's name
 * @param environment the environment the question is set in
 * @param text        the question
 * @param exemplars   its score exemplars, once made
 * @param line        the line of the question in the suite file, 0 when not read from a file
 * @param answerKey   for a question of a judge-free task: its reference answer, or its options and the right one
 * @param context     for a question of a dialogue task: the earlier turns of the conversation it is asked in, oldest
 *                    first; empty for the other kinds
 * @param turn        for a question of a conversation task: the turn of its conversation it is (its text is the
 *                    user's message of that turn); empty for the other kinds
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SuiteQuestion(String key, String task, String environment, String text,
                            Optional<ScoreExemplars> exemplars, int line, Optional<AnswerKey> answerKey,
                            List<Turn> context, Optional<ConversationTurn> turn) {

    /** A question of a rubric or judge-free task. */
    public SuiteQuestion(String key, String task, String environment, String text, Optional<ScoreExemplars> exemplars,
                         int line, Optional<AnswerKey> answerKey) {
        this(key, task, environment, text, exemplars, line, answerKey, List.of(), Optional.empty());
    }

    /** A question of a rubric task. */
    public SuiteQuestion(String key, String task, String environment, String text, Optional<ScoreExemplars> exemplars,
                         int line) {
        this(key, task, environment, text, exemplars, line, Optional.empty());
    }

    public SuiteQuestion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(exemplars, "exemplars");
        Objects.requireNonNull(answerKey, "answerKey");
        context = List.copyOf(context);
        Objects.requireNonNull(turn, "turn");
    }

    public SuiteQuestion withExemplars(ScoreExemplars made) {
        return new SuiteQuestion(key, task, environment, text, Optional.of(made), line, answerKey, context, turn);
    }

    /** What the agent is asked: the question, with the options of a multiple-choice question. */
    public String prompt() {
        return answerKey.map(k -> k.prompt(text)).orElse(text);
    }
}
