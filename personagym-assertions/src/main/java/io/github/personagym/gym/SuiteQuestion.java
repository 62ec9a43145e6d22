package io.github.personagym.gym;

import io.github.personagym.judge.ScoreExemplars;
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
 */
public record SuiteQuestion(String key, String task, String environment, String text,
                            Optional<ScoreExemplars> exemplars, int line) {

    public SuiteQuestion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(exemplars, "exemplars");
    }

    public SuiteQuestion withExemplars(ScoreExemplars made) {
        return new SuiteQuestion(key, task, environment, text, Optional.of(made), line);
    }
}
