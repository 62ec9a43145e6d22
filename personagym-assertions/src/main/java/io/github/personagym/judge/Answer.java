package io.github.personagym.judge;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Objects;
import java.util.Optional;

/**
 * One answer to judge: the question it answers, the agent's text, and the question's score exemplars.
 *
 * @param questionKey a stable key of the question within its suite (e.g. {@code wedding-la-3})
 * @param question    the question the agent was asked
 * @param text        what the agent answered
 * @param exemplars   the question's score exemplars, when made
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Answer(String questionKey, String question, String text, Optional<ScoreExemplars> exemplars) {

    public Answer {
        Objects.requireNonNull(questionKey, "questionKey");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(exemplars, "exemplars");
    }

    public static Answer of(String questionKey, String question, String text, ScoreExemplars exemplars) {
        return new Answer(questionKey, question, text, Optional.of(exemplars));
    }

    public static Answer withoutExemplars(String questionKey, String question, String text) {
        return new Answer(questionKey, question, text, Optional.empty());
    }
}
