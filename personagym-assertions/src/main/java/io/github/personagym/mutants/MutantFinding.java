package io.github.personagym.mutants;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.score.ConfidenceInterval;
import io.github.personagym.score.PersonaScore;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Whether one mutant kind was caught, and why.
 *
 * <p>A mutant is <b>caught</b> when its score is below the persona's PersonaScore threshold, or below the
 * agent's PersonaScore by more than the agent's 95% interval (under its lower bound; without an interval, at
 * least {@value #NO_INTERVAL_MARGIN} point below). A mutant without a score is <b>unscored</b>, never caught.
 *
 * @param trial     the judged mutant
 * @param status    caught, survived, unscored or equivalent
 * @param reason    the figures that decided it, on one line
 * @param agent     the agent's PersonaScore it was compared with
 * @param threshold the persona's PersonaScore threshold, if any
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MutantFinding(MutantTrial trial, MutantStatus status, String reason, PersonaScore agent,
                            OptionalDouble threshold) {

    /** How far below the agent a mutant must score to be caught when the agent's score has no interval. */
    public static final double NO_INTERVAL_MARGIN = 1.0;

    public MutantFinding {
        Objects.requireNonNull(trial, "trial");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(threshold, "threshold");
    }

    /** Decides a judged mutant against the agent's score and the persona's threshold. */
    public static MutantFinding decide(MutantTrial trial, PersonaScore agent, OptionalDouble threshold) {
        if (trial.equivalent()) {
            return new MutantFinding(trial, MutantStatus.EQUIVALENT, "nothing to judge: on every question the "
                    + "agent answered, this mutant says what the agent said", agent, threshold);
        }
        if (trial.score().value().isEmpty()) {
            return new MutantFinding(trial, MutantStatus.UNSCORED, "no score: " + trial.unscored() + " of "
                    + trial.answers().size() + " mutant answers unscored" + firstProblem(trial)
                    + "; an unscored mutant is never counted as caught", agent, threshold);
        }
        double score = trial.score().value().getAsDouble();
        String counts = " (" + trial.scored() + " scored" + (trial.unscored() > 0 ? ", " + trial.unscored()
                + " unscored" : "") + ")";
        if (threshold.isPresent() && score < threshold.getAsDouble()) {
            return new MutantFinding(trial, MutantStatus.CAUGHT, format(score) + " < threshold "
                    + format(threshold.getAsDouble()) + counts, agent, threshold);
        }
        return againstTheAgent(trial, format(score) + counts, agent, threshold);
    }

    /** Decides a scored mutant that is not below the threshold by the agent's score and interval. */
    private static MutantFinding againstTheAgent(MutantTrial trial, String scored, PersonaScore agent,
                                                 OptionalDouble threshold) {
        double score = trial.score().value().getAsDouble();
        if (agent.value().isEmpty()) {
            return new MutantFinding(trial, MutantStatus.UNSCORED, scored + ", not below " + thresholdText(threshold)
                    + ", and the agent has no PersonaScore to compare it with", agent, threshold);
        }
        double own = agent.value().getAsDouble();
        Optional<ConfidenceInterval> ci = agent.ci();
        boolean below = ci.isPresent() ? score < ci.get().low() : own - score >= NO_INTERVAL_MARGIN;
        String comparison = ci.map(c -> "the agent's " + format(own) + " by more than its 95% CI " + c)
                .orElse("the agent's " + format(own) + " by " + format(NO_INTERVAL_MARGIN)
                        + " or more (the agent's score has no interval)");
        return below
                ? new MutantFinding(trial, MutantStatus.CAUGHT, scored + ", below " + comparison, agent, threshold)
                : new MutantFinding(trial, MutantStatus.SURVIVED, scored + ": not below " + thresholdText(threshold)
                        + ", nor below " + comparison, agent, threshold);
    }

    public MutantKind kind() {
        return trial.kind();
    }

    /** The mutant's score, when it has one. */
    public OptionalDouble score() {
        return trial.score().value();
    }

    private static String firstProblem(MutantTrial trial) {
        return trial.answers().stream().filter(a -> !a.isScored()).findFirst()
                .flatMap(a -> a.problem().map(p -> " (" + a.questionKey() + ": " + p + ")")).orElse("");
    }

    private static String thresholdText(OptionalDouble threshold) {
        return threshold.isPresent() ? "the threshold " + format(threshold.getAsDouble()) : "a threshold (none set)";
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
