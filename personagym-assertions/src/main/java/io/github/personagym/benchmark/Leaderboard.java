package io.github.personagym.benchmark;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.github.personagym.Task;
import io.github.personagym.score.ConfidenceInterval;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * A run placed among the paper's models. The run's score of a task is the mean of its personas' scores of that task,
 * and its PersonaScore the mean of its personas' PersonaScores, as the paper averages over personas; each with a
 * 95% bootstrap interval over the personas (none with fewer than two). Rows are ordered by PersonaScore.
 *
 * @param rows     the paper's models and the run, best first
 * @param judges   the run's judges, as the report states them
 * @param personas how many personas the run's figures average over
 */
@API(status = INTERNAL, since = "0.1")
public record Leaderboard(List<Row> rows, String judges, int personas) {

    static final int RESAMPLES = 2_000;
    static final long SEED = 20240710L;

    /**
     * One row: a published model, or this run.
     *
     * @param meanOfTasksWhereDifferent the mean of the row's task scores, when its published PersonaScore is not that
     *                                  mean (the Claude 3 Haiku row: 3.64 published, 3.84 the mean)
     */
    public record Row(String name, boolean thisRun, Map<String, Score> tasks, Score personaScore,
                      Optional<Double> meanOfTasksWhereDifferent) {
    }

    /** A score and, for the run, its interval. */
    public record Score(OptionalDouble value, Optional<ConfidenceInterval> ci) {

        static Score published(double value) {
            return new Score(OptionalDouble.of(value), Optional.empty());
        }
    }

    public Leaderboard {
        rows = List.copyOf(rows);
    }

    /**
     * The leaderboard of a run.
     *
     * @param personaScores each persona's PersonaScore (absent: not scored)
     * @param taskScores    each persona's task scores (a task absent or {@code null}: not scored)
     * @param judges        the run's judges, in words
     */
    public static Leaderboard of(PublishedScores paper, String runName, Map<String, Double> personaScores,
                                 Map<String, Map<String, Double>> taskScores, String judges) {
        Map<String, Score> tasks = new LinkedHashMap<>();
        for (String task : Task.BUILT_IN_NAMES) {
            tasks.put(task, score(taskScores.values().stream().map(t -> t.get(task))
                    .filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).toArray()));
        }
        Score personaScore = score(personaScores.values().stream().filter(java.util.Objects::nonNull)
                .mapToDouble(Double::doubleValue).toArray());
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(runName, true, tasks, personaScore, Optional.empty()));
        for (PublishedScores.Model model : paper.models()) {
            Map<String, Score> published = new LinkedHashMap<>();
            model.tasks().forEach((task, value) -> published.put(task, Score.published(value)));
            double mean = Math.round(model.meanOfTasks() * 100) / 100.0;
            rows.add(new Row(model.name(), false, published, Score.published(model.personaScore()),
                    mean == model.personaScore() ? Optional.empty() : Optional.of(mean)));
        }
        rows.sort(Comparator.comparingDouble((Row r) -> r.personaScore().value().orElse(Double.NEGATIVE_INFINITY))
                .reversed());
        return new Leaderboard(rows, judges, personaScores.size());
    }

    /** The run's row. */
    public Row run() {
        return rows.stream().filter(Row::thisRun).findFirst().orElseThrow();
    }

    /** The run's place by PersonaScore, from 1, among all rows; empty when it has no PersonaScore. */
    public java.util.OptionalInt place() {
        return run().personaScore().value().isEmpty() ? java.util.OptionalInt.empty()
                : java.util.OptionalInt.of(rows.indexOf(run()) + 1);
    }

    private static Score score(double[] values) {
        if (values.length == 0) {
            return new Score(OptionalDouble.empty(), Optional.empty());
        }
        double mean = Arrays.stream(values).average().orElseThrow();
        return new Score(OptionalDouble.of(mean), values.length < 2 ? Optional.empty() : Optional.of(bootstrap(values)));
    }

    private static ConfidenceInterval bootstrap(double[] values) {
        SplittableRandom random = new SplittableRandom(SEED);
        double[] means = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            double sum = 0;
            for (int i = 0; i < values.length; i++) {
                sum += values[random.nextInt(values.length)];
            }
            means[r] = sum / values.length;
        }
        Arrays.sort(means);
        return new ConfidenceInterval(means[(int) Math.floor(0.025 * (RESAMPLES - 1))],
                means[(int) Math.ceil(0.975 * (RESAMPLES - 1))]);
    }
}
