package io.github.personagym.plan;

import io.github.personagym.score.MetricScore;
import io.github.personagym.score.ScoreText;
import java.util.Map;
import java.util.Optional;

/**
 * The threshold of a judge-free task, on its own scale: "Sea Knowledge accuracy ≥ 0.80", failing with "&lt;captain&gt;:
 * Sea Knowledge accuracy 0.60 is below the threshold 0.80 (95% Wilson interval …)". Both front ends refuse a threshold
 * outside the scale before the run ({@link ThresholdScales}); should one reach this check, it fails and says why.
 */
final class MetricCheck {

    private MetricCheck() {
    }

    static CheckOutcome evaluate(MetricScore score, String personaId, double min) {
        return evaluate(score, personaId, min, java.util.List.of());
    }

    static CheckOutcome evaluate(MetricScore score, String personaId, double min,
                                 java.util.List<MeasuredAnswer> measured) {
        String subject = score.task() + " " + score.metric();
        if (min < score.kind().min() || min > score.kind().max()) {
            return CheckOutcome.failed("<" + personaId + ">: the threshold " + ScoreText.bound(min) + " for the "
                    + subject + " is outside its scale, " + score.kind().range() + " (task " + score.task()
                    + " is of kind " + score.kind().id() + ", scored without a judge): set a threshold from 0 to 1,"
                    + " e.g. 0.8 for 80%.");
        }
        Map<String, String> entries = score.value().isPresent()
                ? Map.of(subject, ScoreText.against(score.value().getAsDouble(), min))
                : Map.of();
        if (score.value().isEmpty()) {
            return CheckOutcome.failed("<" + personaId + ">: " + subject + " has no value to hold to the threshold "
                    + ScoreText.bound(min) + ": none of its " + score.questions() + " questions was scored (see the"
                    + " question tests: an agent error, a reply that named no option or several, a question without its"
                    + " reference or options). No value is ever read as 0.", entries);
        }
        double value = score.value().getAsDouble();
        if (value >= min) {
            return CheckOutcome.passed(entries);
        }
        return CheckOutcome.failed("<" + personaId + ">: " + subject + " " + ScoreText.against(value, min)
                + " is below the threshold " + ScoreText.bound(min) + " (" + details(score) + ")"
                + lowest(score.task(), measured), entries)
                .missing("\u2265 " + ScoreText.bound(min), value);
    }

    /**
     * "\nLowest answers:" and the {@value WorstAnswers#SHOWN} lowest-valued scored answers of the task, lowest first
     * (ties in suite order), each with what was measured: for a multiple-choice question, the option chosen and the
     * right one.
     */
    static String lowest(String task, java.util.List<MeasuredAnswer> measured) {
        java.util.List<MeasuredAnswer> lowest = measured.stream()
                .filter(a -> a.task().equals(task) && a.measurement().isScored())
                .sorted(java.util.Comparator.comparingDouble(a -> a.measurement().value().getAsDouble()))
                .limit(WorstAnswers.SHOWN).toList();
        if (lowest.isEmpty()) {
            return "";
        }
        var text = new StringBuilder("\nLowest answers:");
        int n = 1;
        for (MeasuredAnswer a : lowest) {
            text.append("\n ").append(n++).append(") ").append(a.key()).append(" [").append(a.environment())
                    .append("] ").append(ScoreText.of(a.measurement().value().getAsDouble()))
                    .append("\n    Q: ").append(WorstAnswers.quote(a.question()))
                    .append("\n    A: ").append(WorstAnswers.quote(a.answer()))
                    .append("\n    ").append(WorstAnswers.quote(a.measurement().detail()));
        }
        return text.toString();
    }

    /** The interval, the counts and, for a reference task, the exact matches: {@code 95% Wilson interval [..], …}. */
    static String details(MetricScore score) {
        String interval = score.ci().map(ci -> "95% " + (score.kind() == io.github.personagym.TaskKind.CHOICE
                ? "Wilson interval " : "CI ") + ci + ", ").orElse("");
        String exact = score.exactMatch().isPresent()
                ? ", exact match " + ScoreText.of(score.exactMatch().getAsDouble()) : "";
        return interval + score.scored() + " scored, " + score.unscored() + " unscored" + exact;
    }

    static Optional<String> outOfRubricScale(String task, double min) {
        if (min >= io.github.personagym.Task.MIN_SCORE) {
            return Optional.empty();
        }
        return Optional.of("The threshold " + ScoreText.bound(min) + " for task " + task + " is below 1, the lowest"
                + " rubric score: task " + task + " is of kind rubric, scored 1 to 5 by judges (0 to 1 is the scale"
                + " of the judge-free kinds reference and choice). Set a threshold from 1 to 5.");
    }
}
