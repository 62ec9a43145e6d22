package io.github.personagym.evaluation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.Persona;

/**
 * Hears how an evaluation advances. Methods are called from many threads at once; every method does
 * nothing unless overridden.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface ProgressListener {

    /** Hears nothing. */
    ProgressListener NONE = new ProgressListener() {
    };

    /** The evaluation of a persona starts with {@code questions} questions to answer and judge. */
    default void started(Persona persona, int questions) {
    }

    /** The agent has answered (or failed to answer) {@code done} of {@code total} questions. */
    default void answered(int done, int total) {
    }

    /** Exemplars were made for {@code made} of the {@code asked} questions of a batch of one task. */
    default void exemplarsMade(String task, int made, int asked) {
    }

    /** Exemplars could not be made for a batch of one task; its questions are judged without them. */
    default void exemplarsFailed(String task, String problem) {
    }

    /** {@code done} of {@code total} questions have every judge's verdict (or need none). */
    default void judged(int done, int total) {
    }

    /**
     * One question has its result: every judge's verdict, or the agent's error. Called as each batch is judged, before
     * {@link #finished}, so that a caller can report a question when its own answer is judged.
     */
    default void questionDone(QuestionResult result) {
    }

    /** The evaluation of a persona is complete. */
    default void finished(EvaluationResult result) {
    }
}
