package io.github.personagym.judge;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.Turn;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer to judge: the question it answers, the agent's text, and the question's score exemplars.
 *
 * @param questionKey a stable key of the question within its suite (e.g. {@code wedding-la-3})
 * @param question    the question the agent was asked
 * @param text        what the agent answered
 * @param exemplars   the question's score exemplars, when made
 * @param context     the earlier turns of the conversation the question was asked in, oldest first (a dialogue
 *                    question's context, or a conversation turn's history); empty for a single question
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Answer(String questionKey, String question, String text, Optional<ScoreExemplars> exemplars,
                     List<Turn> context) {

    public Answer {
        Objects.requireNonNull(questionKey, "questionKey");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(exemplars, "exemplars");
        context = List.copyOf(context);
    }

    /** An answer to a single question. */
    public Answer(String questionKey, String question, String text, Optional<ScoreExemplars> exemplars) {
        this(questionKey, question, text, exemplars, List.of());
    }

    public static Answer of(String questionKey, String question, String text, ScoreExemplars exemplars) {
        return new Answer(questionKey, question, text, Optional.of(exemplars));
    }

    public static Answer withoutExemplars(String questionKey, String question, String text) {
        return new Answer(questionKey, question, text, Optional.empty());
    }
}
