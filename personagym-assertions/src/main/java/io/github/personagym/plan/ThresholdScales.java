package io.github.personagym.plan;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.github.personagym.Task;
import io.github.personagym.TaskKind;
import io.github.personagym.Thresholds;
import io.github.personagym.score.ScoreText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether each task threshold is on its task's scale: 1 to 5 for a rubric task, 0 to 1 for a judge-free one (its
 * accuracy or ROUGE-L F1). A threshold off its scale can never mean what was meant (3 for an accuracy can never be met,
 * 0.8 for a rubric score always is), so both front ends refuse it before anything runs, naming where it was set, the
 * task's kind and the range to use.
 */
@API(status = INTERNAL, since = "0.1")
public final class ThresholdScales {

    private ThresholdScales() {
    }

    /**
     * Checks every task threshold of {@code thresholds} whose task is among {@code tasks} (thresholds of other tasks
     * are not applied, so not checked here).
     *
     * @param where names where a task's threshold was set, for the message: {@code captain.yaml: thresholds.tasks.Sea
     *              Knowledge}, or {@code @TaskThreshold(task = "Sea Knowledge", min = ...)}
     * @throws IllegalArgumentException with one line per threshold off its scale
     */
    public static void check(Thresholds thresholds, List<Task> tasks, Function<String, String> where) {
        List<String> problems = new ArrayList<>();
        for (Task task : tasks) {
            thresholds.task(task.name()).ifPresent(min -> problem(task, min, where.apply(task.name()))
                    .ifPresent(problems::add));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
    }

    /** A task threshold of a persona file off its task's scale: the message names the file and the line. */
    public static final class OffScaleThreshold extends IllegalArgumentException {

        private final int line;

        OffScaleThreshold(String message, int line) {
            super(message);
            this.line = line;
        }

        /** The line of the first threshold off its scale (1 when it cannot be found). */
        public int line() {
            return line;
        }
    }

    /**
     * Checks the task thresholds a persona file sets, as {@link #check} does; the message starts with
     * {@code <display>:<line>: }, the line of the first threshold off its scale, so that both front ends point at it
     * ({@code <display>: } when the line cannot be found, as for a persona made in code).
     *
     * @param keyInFile the key a task's threshold is written under in the file (the task's name, or another name
     *                  that resolves to it)
     * @param classLoader where a persona read from the classpath was found (null: the thread's, else this library's)
     * @throws OffScaleThreshold when a threshold is off its task's scale
     */
    public static void checkPersonaFile(io.github.personagym.Persona persona, Thresholds thresholds, List<Task> tasks,
                                        String display, Function<String, String> keyInFile, ClassLoader classLoader) {
        try {
            check(thresholds, tasks, task -> "thresholds.tasks." + task);
        } catch (IllegalArgumentException e) {
            java.util.OptionalInt line = tasks.stream()
                    .filter(task -> thresholds.task(task.name()).stream()
                            .anyMatch(min -> problem(task, min, "").isPresent()))
                    .findFirst()
                    .map(task -> io.github.personagym.persona.PersonaLoader.lineOf(persona,
                            List.of("thresholds", "tasks", keyInFile.apply(task.name())), classLoader))
                    .orElse(java.util.OptionalInt.empty());
            String where = line.isPresent() ? display + ":" + line.getAsInt() : display;
            throw new OffScaleThreshold(where + ": " + e.getMessage(), line.orElse(1));
        }
    }

    /** What is wrong with a threshold of {@code min} for this task, set at {@code where}; empty when it fits. */
    public static Optional<String> problem(Task task, double min, String where) {
        TaskKind kind = task.kind();
        if (min >= kind.min() && min <= kind.max()) {
            return Optional.empty();
        }
        String scale = kind.judgeFree()
                ? "of kind " + kind.id() + ", scored by its " + kind.metric() + " from 0 to 1 with no judge: set a"
                        + " threshold from 0 to 1 (0.8 for 80%)"
                : "of kind rubric, scored 1 to 5 by judges (0 to 1 is the scale of the judge-free kinds reference and"
                        + " choice): set a threshold from 1 to 5";
        return Optional.of(where + " is " + ScoreText.bound(min) + ", outside the scale " + kind.range() + " of task "
                + task.name() + ", which is " + scale);
    }

    /** How a check names a task's threshold: {@code Sea Knowledge accuracy ≥ 0.80}, {@code Expected Action score ≥ 4.00}. */
    public static String checkName(String task, TaskKind kind, double min) {
        return task + " " + (kind.judgeFree() ? kind.metric() : "score") + " \u2265 " + ScoreText.bound(min);
    }
}
