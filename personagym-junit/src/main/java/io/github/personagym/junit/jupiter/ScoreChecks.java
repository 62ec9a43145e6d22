package io.github.personagym.junit.jupiter;

import io.github.personagym.assertions.PersonaGymAssertions;
import io.github.personagym.junit.gym.EvaluationResult;
import io.github.personagym.junit.gym.WorstAnswers;
import io.github.personagym.llm.Redaction;
import io.github.personagym.score.PersonaScore;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.opentest4j.AssertionFailedError;

/**
 * The score checks of the dynamic tree. They fail with the AssertJ assertions' message (score, threshold,
 * confidence interval, counts) followed by the three lowest-scored answers and the judges' reasons, with every
 * secret in them redacted.
 */
final class ScoreChecks {

    private final String personaId;
    private final Supplier<EvaluationResult> evaluation;
    private final Redaction redaction;

    ScoreChecks(String personaId, Supplier<EvaluationResult> evaluation, Redaction redaction) {
        this.personaId = personaId;
        this.evaluation = evaluation;
        this.redaction = redaction;
    }

    void taskAtLeast(String task, double min) {
        EvaluationResult result = evaluation.get();
        try {
            PersonaGymAssertions.assertThat(result.score()).forPersona(personaId).hasTaskScoreAtLeast(task, min);
        } catch (AssertionError e) {
            throw new AssertionFailedError(redaction.redact(e.getMessage() + WorstAnswers.of(result, List.of(task))), e);
        }
    }

    void personaScore(OptionalDouble min) {
        EvaluationResult result = evaluation.get();
        PersonaScore score = result.score();
        if (min.isEmpty()) {
            if (score.value().isEmpty()) {
                throw new AssertionFailedError(personaId + ": the PersonaScore has no score: " + score.unscored()
                        + " question(s) unscored (agent errors, model errors or unparseable verdicts; see the failed"
                        + " question tests). No score is never read as 0.");
            }
            return;
        }
        try {
            PersonaGymAssertions.assertThat(score).forPersona(personaId).isAtLeast(min.getAsDouble());
        } catch (AssertionError e) {
            throw new AssertionFailedError(redaction.redact(e.getMessage()
                    + WorstAnswers.of(result, List.copyOf(score.tasks().keySet()))), e);
        }
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
