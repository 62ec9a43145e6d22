package io.github.personagym;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a task's answers are scored. PersonaGym's five tasks are {@link #RUBRIC} tasks, the default. {@link #DIALOGUE}
 * and {@link #CONVERSATION} tasks are judged on their rubric too, with the earlier turns in the judges' view; the
 * judge-free kinds {@link #REFERENCE} and {@link #CHOICE} need no judge: their questions carry what a right answer is,
 * in the suite.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum TaskKind {

    /** Judges score each answer 1 to 5 against the task's rubric; the task counts towards the PersonaScore. */
    RUBRIC("rubric", "score", "1\u20135"),
    /**
     * Each question comes with earlier turns of a conversation (the user's and the persona's), written in the suite;
     * the agent answers in that context and the judges, who read it too, score the answer 1 to 5 on the task's rubric.
     */
    DIALOGUE("dialogue", "score", "1\u20135"),
    /**
     * A scripted conversation of user turns, written in the suite: the agent answers turn by turn with its own earlier
     * answers as the history, and each turn is judged 1 to 5 on the task's rubric, with the history in view. The task
     * also has a drift figure: its late turns' mean score minus its early turns'.
     */
    CONVERSATION("conversation", "score", "1\u20135"),
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

    /** The kind's name in task files and reports: {@code rubric}, {@code dialogue}, {@code conversation}, {@code reference}, {@code choice}. */
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
        return judgeFree() ? 0 : Task.MIN_SCORE;
    }

    /** The highest score of this kind. */
    public double max() {
        return judgeFree() ? 1 : Task.MAX_SCORE;
    }

    /** Whether its answers are scored without a judge (and without any model call). */
    public boolean judgeFree() {
        return this == REFERENCE || this == CHOICE;
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
