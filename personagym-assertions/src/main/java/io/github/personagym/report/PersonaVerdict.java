package io.github.personagym.report;

import io.github.personagym.evaluation.PersonaRun;
import io.github.personagym.gate.Comparison;
import io.github.personagym.gate.GateMessages;
import io.github.personagym.gate.GateResult;
import io.github.personagym.mutants.MutantOutcome;
import io.github.personagym.score.ConversationScore;
import io.github.personagym.score.MetricScore;
import io.github.personagym.score.PersonaScore;
import io.github.personagym.score.TaskScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Why a persona failed, in the terms of its checks: thresholds, missing scores, unscored questions, surviving
 * mutants (when they are required to be caught), regressions.
 */
final class PersonaVerdict {

    private PersonaVerdict() {
    }

    static List<String> problems(PersonaRun run, Optional<GateResult> gate) {
        List<String> problems = new ArrayList<>();
        PersonaScore score = run.result().score();
        for (TaskScore task : score.tasks().values()) {
            OptionalDouble min = run.thresholds().task(task.task());
            if (min.isPresent()) {
                below(task.task(), task.score(), min.getAsDouble()).ifPresent(problems::add);
            }
        }
        for (MetricScore metric : run.result().metrics()) {
            OptionalDouble min = run.thresholds().task(metric.task());
            if (min.isPresent()) {
                below(metric.task() + " " + metric.metric(), metric.value(), min.getAsDouble()).ifPresent(problems::add);
            }
        }
        run.result().conversations().stream().filter(ConversationScore::driftTooLow).forEach(c -> problems.add(c.task()
                + " drift " + GateMessages.number(c.drift().value().getAsDouble()) + " < "
                + GateMessages.number(c.lowestDrift())));
        if (score.value().isEmpty() && !(score.tasks().isEmpty() && !run.result().metrics().isEmpty())) {
            problems.add("no PersonaScore");
        } else if (run.thresholds().personaScore().isPresent()) {
            below("PersonaScore", score.value(), run.thresholds().personaScore().getAsDouble()).ifPresent(problems::add);
        }
        int failed = run.result().failures().size();
        if (failed > 0) {
            problems.add(failed + (failed == 1 ? " question" : " questions") + " unscored");
        }
        run.mutants().filter(MutantOutcome::failed).ifPresent(m -> problems.add("mutants survived: " + String.join(
                ", ", m.survived().stream().map(f -> f.kind().id()).toList())));
        gate.filter(GateResult::failed).ifPresent(g -> problems.add(switch (g.status()) {
            case BROKEN -> "baseline unreadable";
            case NOT_COMPARABLE -> "not comparable with the baseline: " + notComparable(g);
            case NOT_WRITTEN -> "baseline entry not updated (scores missing)";
            default -> "regression: " + regressions(g);
        }));
        return problems;
    }

    private static Optional<String> below(String what, OptionalDouble score, double min) {
        if (score.isEmpty()) {
            return Optional.of(what + " has no score");
        }
        return score.getAsDouble() >= min ? Optional.empty()
                : Optional.of(what + " " + GateMessages.number(score.getAsDouble()) + " < " + GateMessages.number(min));
    }

    private static String notComparable(GateResult gate) {
        List<String> parts = new ArrayList<>();
        gate.comparison().ifPresent(c -> {
            if (!c.unscoredInBaseline().isEmpty()) {
                parts.add("no score in the baseline for " + String.join(", ", c.unscoredInBaseline()));
            }
            if (!c.unscoredNow().isEmpty()) {
                parts.add("no score this run for " + String.join(", ", c.unscoredNow()));
            }
        });
        return String.join(" and ", parts);
    }

    private static String regressions(GateResult gate) {
        return gate.comparison().map(c -> String.join(", ", c.with(Comparison.Change.REGRESSED).stream()
                .map(d -> d.what() + " " + GateMessages.number(d.baseline()) + " \u2192 " + GateMessages.number(d.current()))
                .toList())).orElse("");
    }
}
