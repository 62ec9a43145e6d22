package io.github.personagym.score;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.TaskKind;
import io.github.personagym.judge.JudgedAnswer;
import io.github.personagym.metric.Measurement;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * Turns judged answers into task scores and a PersonaScore, as PersonaGym does: a question's score is the
 * mean of its judges, a task's score the mean of its questions, the PersonaScore the mean of the tasks.
 *
 * <p>The PersonaScore exists only when every task has a score: a task whose questions all went unscored
 * (or that has no question) leaves the persona without a PersonaScore rather than silently out of the mean.
 *
 * <p>Intervals are percentile bootstrap intervals over questions (none for a task of a single question): each resample draws, within every task,
 * as many questions as it has, with replacement, and recomputes the task means and their mean. The random
 * source is seeded, so the same answers always give the same intervals.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ScoreAggregator {

    /** Resamples per interval: enough for stable 2.5th/97.5th percentiles at two decimals. */
    public static final int DEFAULT_RESAMPLES = 2_000;
    public static final long DEFAULT_SEED = 20240726L;

    private final int resamples;
    private final long seed;

    public ScoreAggregator() {
        this(DEFAULT_RESAMPLES, DEFAULT_SEED);
    }

    public ScoreAggregator(int resamples, long seed) {
        if (resamples < 100) {
            throw new IllegalArgumentException("Use at least 100 bootstrap resamples, got " + resamples);
        }
        this.resamples = resamples;
        this.seed = seed;
    }

    /**
     * Aggregates judged answers. {@code taskOrder} fixes the order of tasks in the result; tasks of the
     * answers that it does not name follow in order of appearance.
     */
    public PersonaScore aggregate(List<String> taskOrder, List<JudgedAnswer> answers) {
        Map<String, List<JudgedAnswer>> byTask = new LinkedHashMap<>();
        taskOrder.forEach(task -> byTask.put(task, new ArrayList<>()));
        answers.forEach(answer -> byTask.computeIfAbsent(answer.task(), t -> new ArrayList<>()).add(answer));

        Map<String, double[]> scoresByTask = new LinkedHashMap<>();
        Map<String, TaskScore> tasks = new LinkedHashMap<>();
        byTask.forEach((task, judged) -> {
            double[] scores = judged.stream().map(JudgedAnswer::score).filter(OptionalDouble::isPresent)
                    .mapToDouble(OptionalDouble::getAsDouble).toArray();
            int unscored = judged.size() - scores.length;
            scoresByTask.put(task, scores);
            tasks.put(task, taskScore(task, scores, unscored));
        });
        boolean everyTaskScored = tasks.values().stream().allMatch(task -> task.score().isPresent());
        OptionalDouble value = everyTaskScored ? PersonaScore.meanOf(tasks) : OptionalDouble.empty();
        boolean enough = scoresByTask.values().stream().anyMatch(scores -> scores.length >= 2);
        Optional<ConfidenceInterval> ci = value.isPresent() && enough
                ? Optional.of(bootstrap(new ArrayList<>(scoresByTask.values()), new SplittableRandom(seed)))
                : Optional.empty();
        return new PersonaScore(value, ci, tasks);
    }

    /**
     * The score of a judge-free task from its questions' measurements: the mean ROUGE-L F1 with a bootstrap interval
     * (as a task score's) and the share of exact matches, or the accuracy with a 95% Wilson score interval.
     *
     * @param unanswered questions the agent gave no answer to, counted as unscored
     */
    public MetricScore metric(String task, TaskKind kind, List<Measurement> measured, int unanswered) {
        List<Measurement> scored = measured.stream().filter(Measurement::isScored).toList();
        int unscored = measured.size() - scored.size() + unanswered;
        if (scored.isEmpty()) {
            return new MetricScore(task, kind, OptionalDouble.empty(), Optional.empty(), 0, unscored,
                    OptionalDouble.empty());
        }
        double[] values = scored.stream().mapToDouble(m -> m.value().getAsDouble()).toArray();
        if (kind == TaskKind.CHOICE) {
            int right = (int) scored.stream().filter(m -> m.value().getAsDouble() == 1).count();
            var wilson = new WilsonScoreInterval().createInterval(values.length, right, 0.95);
            return new MetricScore(task, kind, OptionalDouble.of(mean(values)), Optional.of(new ConfidenceInterval(
                    Math.max(0, wilson.getLowerBound()), Math.min(1, wilson.getUpperBound()))), values.length, unscored,
                    OptionalDouble.empty());
        }
        OptionalDouble exact = OptionalDouble.of(scored.stream().filter(m -> m.exactMatch().orElse(false)).count()
                / (double) values.length);
        Optional<ConfidenceInterval> ci = values.length < 2 ? Optional.empty()
                : Optional.of(bootstrap(List.of(values), new SplittableRandom(seed ^ task.hashCode())));
        return new MetricScore(task, kind, OptionalDouble.of(mean(values)), ci, values.length, unscored, exact);
    }

    /**
     * A conversation task's score per turn number and its {@link ConversationScore.Drift drift}, from the scores of
     * its turns (answers of every conversation of the task, pooled by turn number). The drift's interval resamples the
     * early and the late answers, each with replacement and apart, and takes the 2.5th and 97.5th percentiles of the
     * differences of their means. It treats the turns of a window as exchangeable, which turns of one conversation
     * are not quite: read it as a guide to how much the figure rests on a few answers.
     *
     * @param maxDrop the largest fall of the score from the early to the late turns that passes, kept beside the drift
     */
    public ConversationScore conversation(String task, List<ConversationScore.TurnResult> turns, double maxDrop) {
        int count = turns.stream().mapToInt(ConversationScore.TurnResult::turn).max().orElse(0);
        List<ConversationScore.TurnScore> byTurn = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            int turn = n;
            double[] scores = scores(turns, List.of(turn));
            long all = turns.stream().filter(t -> t.turn() == turn).count();
            byTurn.add(new ConversationScore.TurnScore(turn, scores.length == 0 ? OptionalDouble.empty()
                    : OptionalDouble.of(mean(scores)), scores.length, (int) all - scores.length));
        }
        int half = count / 2;
        List<Integer> early = java.util.stream.IntStream.rangeClosed(1, half).boxed().toList();
        List<Integer> late = java.util.stream.IntStream.rangeClosed(count - half + 1, count).boxed().toList();
        return new ConversationScore(task, byTurn, drift(task, turns, early, late), maxDrop);
    }

    private ConversationScore.Drift drift(String task, List<ConversationScore.TurnResult> turns, List<Integer> early,
                                          List<Integer> late) {
        if (early.isEmpty()) {
            return new ConversationScore.Drift(OptionalDouble.empty(), Optional.empty(), early, late,
                    Optional.of("a drift needs a conversation of at least 2 turns"));
        }
        double[] before = scores(turns, early);
        double[] after = scores(turns, late);
        if (before.length == 0 || after.length == 0) {
            return new ConversationScore.Drift(OptionalDouble.empty(), Optional.empty(), early, late, Optional.of(
                    "no scored answer among the " + (before.length == 0 ? "early turns " + ConversationScore.Drift.range(early)
                    : "late turns " + ConversationScore.Drift.range(late)) + " (see their tests: an agent error, a judge"
                    + " that failed or abstained)"));
        }
        Optional<ConfidenceInterval> ci = before.length < 2 || after.length < 2 ? Optional.empty()
                : Optional.of(differenceInterval(before, after, new SplittableRandom(seed ^ task.hashCode())));
        return new ConversationScore.Drift(OptionalDouble.of(mean(after) - mean(before)), ci, early, late,
                Optional.empty());
    }

    private static double[] scores(List<ConversationScore.TurnResult> turns, List<Integer> numbers) {
        return turns.stream().filter(t -> numbers.contains(t.turn()) && t.score().isPresent())
                .mapToDouble(t -> t.score().getAsDouble()).toArray();
    }

    /** Percentile bootstrap of mean(after) − mean(before), each resampled on its own. */
    private ConfidenceInterval differenceInterval(double[] before, double[] after, SplittableRandom random) {
        double[] estimates = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            estimates[r] = resampledMean(after, random) - resampledMean(before, random);
        }
        java.util.Arrays.sort(estimates);
        return new ConfidenceInterval(percentile(estimates, 0.025), percentile(estimates, 0.975));
    }

    private static double resampledMean(double[] values, SplittableRandom random) {
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[random.nextInt(values.length)];
        }
        return sum / values.length;
    }

    private TaskScore taskScore(String task, double[] scores, int unscored) {
        if (scores.length == 0) {
            return new TaskScore(task, OptionalDouble.empty(), Optional.empty(), 0, unscored);
        }
        if (scores.length < 2) {
            // one question says nothing about the spread: no interval rather than a zero-width one
            return new TaskScore(task, OptionalDouble.of(scores[0]), Optional.empty(), 1, unscored);
        }
        var random = new SplittableRandom(seed ^ task.hashCode());
        return new TaskScore(task, OptionalDouble.of(mean(scores)),
                Optional.of(bootstrap(List.of(scores), random)), scores.length, unscored);
    }

    /** Percentile bootstrap of the mean of group means; empty groups are left out, as in the estimate. */
    private ConfidenceInterval bootstrap(List<double[]> groups, SplittableRandom random) {
        List<double[]> scoredGroups = groups.stream().filter(g -> g.length > 0).toList();
        double[] estimates = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double sumOfMeans = 0;
            for (double[] group : scoredGroups) {
                double sum = 0;
                for (int i = 0; i < group.length; i++) {
                    sum += group[random.nextInt(group.length)];
                }
                sumOfMeans += sum / group.length;
            }
            estimates[r] = sumOfMeans / scoredGroups.size();
        }
        java.util.Arrays.sort(estimates);
        return new ConfidenceInterval(percentile(estimates, 0.025), percentile(estimates, 0.975));
    }

    private static double percentile(double[] sorted, double p) {
        double rank = p * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
