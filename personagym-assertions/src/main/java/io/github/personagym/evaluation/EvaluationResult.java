package io.github.personagym.evaluation;

import io.github.personagym.suite.Suite;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.Persona;
import io.github.personagym.mutants.Mutants;
import io.github.personagym.plan.CheckInput;
import io.github.personagym.plan.CheckOutcome;
import io.github.personagym.score.ConversationScore;
import io.github.personagym.score.MetricScore;
import io.github.personagym.score.PersonaScore;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The outcome of evaluating one persona.
 *
 * @param persona         the persona
 * @param suite           the suite, with the exemplars made during the run filled in
 * @param questions       every evaluated question's result, in suite order
 * @param score           task scores and the PersonaScore
 * @param exemplarsAdded  whether the run made exemplars the suite file lacks, so that it should be written back
 * @param mutants         the persona's mutants, judged, when {@code personagym.mutants} is on (rubric tasks only)
 * @param metrics         the scores of its judge-free tasks, each on its own scale, in task order; never part of
 *                        the PersonaScore, which {@code score} holds for the rubric tasks
 * @param conversations   the scores by turn and the drift of its conversation tasks, in task order (their task scores,
 *                        the mean of every turn, are in {@code score})
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record EvaluationResult(Persona persona, Suite suite, List<QuestionResult> questions, PersonaScore score,
                               boolean exemplarsAdded, Optional<Mutants> mutants, List<MetricScore> metrics,
                               List<ConversationScore> conversations) {

    /** A result without conversation tasks. */
    public EvaluationResult(Persona persona, Suite suite, List<QuestionResult> questions, PersonaScore score,
                            boolean exemplarsAdded, Optional<Mutants> mutants, List<MetricScore> metrics) {
        this(persona, suite, questions, score, exemplarsAdded, mutants, metrics, List.of());
    }

    public EvaluationResult {
        Objects.requireNonNull(persona, "persona");
        Objects.requireNonNull(suite, "suite");
        questions = List.copyOf(questions);
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(mutants, "mutants");
        metrics = List.copyOf(metrics);
        conversations = List.copyOf(conversations);
    }

    /** The turn scores and drift of a conversation task, by its name. */
    public Optional<ConversationScore> conversation(String task) {
        return conversations.stream().filter(c -> c.task().equals(task)).findFirst();
    }

    /** A result of rubric tasks only. */
    public EvaluationResult(Persona persona, Suite suite, List<QuestionResult> questions, PersonaScore score,
                            boolean exemplarsAdded, Optional<Mutants> mutants) {
        this(persona, suite, questions, score, exemplarsAdded, mutants, List.of());
    }

    /** The score of a judge-free task, by its name. */
    public Optional<MetricScore> metric(String task) {
        return metrics.stream().filter(m -> m.task().equals(task)).findFirst();
    }

    /** A result without mutants. */
    public EvaluationResult(Persona persona, Suite suite, List<QuestionResult> questions, PersonaScore score,
                            boolean exemplarsAdded) {
        this(persona, suite, questions, score, exemplarsAdded, Optional.empty());
    }

    /** The results of one task, in suite order. */
    public List<QuestionResult> questions(String task) {
        return questions.stream().filter(q -> q.task().equals(task)).toList();
    }

    /** The result of the question with this key. */
    public Optional<QuestionResult> question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst();
    }

    /** The {@code n} lowest-scored answers of a task, lowest first (ties in suite order); unscored ones are left out. */
    public List<QuestionResult> worst(String task, int n) {
        return questions(task).stream()
                .filter(q -> q.score().isPresent())
                .sorted(Comparator.comparingDouble(q -> q.score().getAsDouble()))
                .limit(n)
                .toList();
    }

    /**
     * What the plan's checks are evaluated on: the scores, the judged answers and the mutants, with
     * {@code regression} for the comparison with the baseline.
     */
    public CheckInput checkInput(Supplier<CheckOutcome> regression) {
        return new CheckInput(persona.id(), score, questions.stream().map(QuestionResult::judged).toList(), mutants,
                regression, metrics, questions.stream().filter(q -> q.measured().isPresent() && q.answer().isPresent())
                        .map(q -> new io.github.personagym.plan.MeasuredAnswer(q.task(), q.question().environment(),
                                q.key(), q.question().text(), q.answer().get(), q.measured().get()))
                        .toList(), conversations);
    }

    /** The questions that failed (no answer, or a judge without a score), in suite order. */
    public List<QuestionResult> failures() {
        return questions.stream().filter(QuestionResult::failed).toList();
    }
}
