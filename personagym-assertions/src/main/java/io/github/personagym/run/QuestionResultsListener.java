package io.github.personagym.run;

import io.github.personagym.Persona;
import io.github.personagym.evaluation.EvaluationResult;
import io.github.personagym.evaluation.ProgressListener;
import io.github.personagym.evaluation.QuestionResult;
import java.util.function.Consumer;

/** Hands each question's result to the front end as soon as it is judged, and every event on to the progress lines. */
final class QuestionResultsListener implements ProgressListener {

    private final ProgressListener progress;
    private final Consumer<QuestionResult> results;

    QuestionResultsListener(ProgressListener progress, Consumer<QuestionResult> results) {
        this.progress = progress;
        this.results = results;
    }

    @Override
    public void questionDone(QuestionResult result) {
        results.accept(result);
        progress.questionDone(result);
    }

    @Override
    public void started(Persona persona, int questions) {
        progress.started(persona, questions);
    }

    @Override
    public void answered(int done, int total) {
        progress.answered(done, total);
    }

    @Override
    public void exemplarsMade(String task, int made, int asked) {
        progress.exemplarsMade(task, made, asked);
    }

    @Override
    public void exemplarsFailed(String task, String problem) {
        progress.exemplarsFailed(task, problem);
    }

    @Override
    public void judged(int done, int total) {
        progress.judged(done, total);
    }

    @Override
    public void finished(EvaluationResult result) {
        progress.finished(result);
    }
}
