package io.github.personagym.validity;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.judge.ScoreExemplars;
import java.util.Objects;
import java.util.Optional;

/**
 * What a judge needs of the question a labelled answer answers: its task, its text and its score exemplars.
 *
 * @param key       the question's key in its suite
 * @param task      the task's name
 * @param text      the question
 * @param exemplars its score exemplars, when the suite has them
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record LabelledQuestion(String key, String task, String text, Optional<ScoreExemplars> exemplars) {

    public LabelledQuestion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(exemplars, "exemplars");
    }
}
