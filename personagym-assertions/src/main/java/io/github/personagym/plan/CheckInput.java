package io.github.personagym.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.judge.JudgedAnswer;
import io.github.personagym.mutants.Mutants;
import io.github.personagym.score.ConversationScore;
import io.github.personagym.score.MetricScore;
import io.github.personagym.score.PersonaScore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a persona's checks are evaluated on.
 *
 * @param personaId  the persona's id, which the messages name
 * @param score      its task scores and PersonaScore
 * @param answers    every judged answer, in suite order (the worst of them are quoted in failure messages)
 * @param mutants    its judged mutants, when mutants are on
 * @param regression the outcome of the comparison with the baseline, asked for only by the regression check
 * @param metrics    the scores of its judge-free tasks, each on its own scale
 * @param measured   every answer to a judge-free task's question and what was measured of it, in suite order
 * @param conversations the turn scores and drift of its conversation tasks
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CheckInput(String personaId, PersonaScore score, List<JudgedAnswer> answers, Optional<Mutants> mutants,
                         Supplier<CheckOutcome> regression, List<MetricScore> metrics, List<MeasuredAnswer> measured,
                         List<ConversationScore> conversations) {

    public CheckInput {
        Objects.requireNonNull(personaId, "personaId");
        Objects.requireNonNull(score, "score");
        answers = List.copyOf(answers);
        Objects.requireNonNull(mutants, "mutants");
        Objects.requireNonNull(regression, "regression");
        metrics = List.copyOf(metrics);
        measured = List.copyOf(measured);
        conversations = List.copyOf(conversations);
    }

    /** Input without the measured answers of its judge-free tasks and without conversation tasks. */
    public CheckInput(String personaId, PersonaScore score, List<JudgedAnswer> answers, Optional<Mutants> mutants,
                      Supplier<CheckOutcome> regression, List<MetricScore> metrics) {
        this(personaId, score, answers, mutants, regression, metrics, List.of(), List.of());
    }

    /** The turn scores and drift of a conversation task, by its name. */
    public Optional<ConversationScore> conversation(String task) {
        return conversations.stream().filter(c -> c.task().equals(task)).findFirst();
    }

    /** Input without judge-free tasks. */
    public CheckInput(String personaId, PersonaScore score, List<JudgedAnswer> answers, Optional<Mutants> mutants,
                      Supplier<CheckOutcome> regression) {
        this(personaId, score, answers, mutants, regression, List.of());
    }

    /** The score of a judge-free task, by its name. */
    public Optional<MetricScore> metric(String task) {
        return metrics.stream().filter(m -> m.task().equals(task)).findFirst();
    }
}
