package io.github.personagym;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a task's answers are scored. PersonaGym's five tasks are {@link #RUBRIC} tasks, the default; the other kinds
 * need no judge: their questions carry what a right answer is, in the suite.
 */
public enum TaskKind {

    /** Judges score each answer 1 to 5 against the task's rubric; the task counts towards the PersonaScore. */
    RUBRIC("rubric", "score", "1\u20135"),
    /** Each question has a reference answer; an answer scores its ROUGE-L F1 against it (0 to 1). */
    REFERENCE("reference", "ROUGE-L F1", "0\u20131"),
    /** Each question has options and an answer key; the task scores its accuracy (0 to 1). */
    CHOICE("choice", "accuracy", "0\u20131");

    private final String id;
    private final String metric;
    private final String range;

    TaskKind(String id, String metric, String range) {
        this.id = id;
        this.metric = metric;
        this.range = range;
    }

    /** The kind's name in task files and reports: {@code rubric}, {@code reference}, {@code choice}. */
    public String id() {
        return id;
    }

    /** What a task of this kind is scored by, as messages name it ({@code accuracy}). */
    public String metric() {
        return metric;
    }

    /** The range of its scores, as messages show it ({@code 0–1}). */
    public String range() {
        return range;
    }

    /** The lowest score of this kind. */
    public double min() {
        return this == RUBRIC ? Task.MIN_SCORE : 0;
    }

    /** The highest score of this kind. */
    public double max() {
        return this == RUBRIC ? Task.MAX_SCORE : 1;
    }

    /** Whether its answers are scored without a judge (and without any model call). */
    public boolean judgeFree() {
        return this != RUBRIC;
    }

    /** The kind of this name, ignoring case and surrounding blanks. */
    public static Optional<TaskKind> of(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.id.equals(wanted)).findFirst();
    }

    /** The names of every kind, in declaration order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(TaskKind::id).toList();
    }
}
