package io.github.personagym.judge;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.Task;
import java.util.List;
import java.util.Objects;

/**
 * One example answer per rubric score for a question (PersonaGym's score exemplars): {@code byScore.get(0)}
 * is an answer that deserves a 1, {@code byScore.get(4)} one that deserves a 5. They depend only on persona,
 * question and rubric, so they are made once and reused across runs and agents.
 *
 * @param byScore   the five example answers, for scores 1 to 5
 * @param generator who wrote them: a model spec, or a label such as {@code hand-written}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ScoreExemplars(List<String> byScore, String generator) {

    public ScoreExemplars {
        byScore = List.copyOf(byScore);
        Objects.requireNonNull(generator, "generator");
        if (byScore.size() != Task.MAX_SCORE) {
            throw new IllegalArgumentException("Score exemplars need one answer per score 1 to 5, got "
                    + byScore.size());
        }
        for (int i = 0; i < byScore.size(); i++) {
            if (byScore.get(i).isBlank()) {
                throw new IllegalArgumentException("The score exemplar for score " + (i + 1) + " is blank");
            }
        }
    }

    /** The example answer for one score, 1 to 5. */
    public String forScore(int score) {
        if (score < Task.MIN_SCORE || score > Task.MAX_SCORE) {
            throw new IllegalArgumentException("Scores run from 1 to 5, got " + score);
        }
        return byScore.get(score - 1);
    }
}
