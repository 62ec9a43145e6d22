package io.github.personagym;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;

/**
 * An evaluation task: what it measures, how to write questions that probe it, how its answers are scored (its
 * {@link TaskKind}) and, for a rubric task, a 1–5 rubric.
 *
 * @param name             the task's name as shown in reports (e.g. {@code Linguistic Habits})
 * @param description      what the task measures
 * @param questionGuidance how a generator should write questions that probe it (may be empty for a judge-free kind,
 *                         whose questions are written by hand)
 * @param criteria         a rubric task's five criteria, {@code criteria.get(0)} describing score 1; none for
 *                         the other kinds
 * @param builtIn          whether this is one of PersonaGym's five tasks
 * @param kind             how its answers are scored
 */
@API(status = STABLE, since = "0.1")
public record Task(String name, String description, String questionGuidance, List<String> criteria,
                   boolean builtIn, TaskKind kind) {

    /** The lowest score of every rubric. */
    public static final int MIN_SCORE = 1;
    /** The highest score of every rubric. */
    public static final int MAX_SCORE = 5;

    public static final String EXPECTED_ACTION = "Expected Action";
    public static final String ACTION_JUSTIFICATION = "Action Justification";
    public static final String LINGUISTIC_HABITS = "Linguistic Habits";
    public static final String PERSONA_CONSISTENCY = "Persona Consistency";
    public static final String TOXICITY_CONTROL = "Toxicity Control";

    /** The names of PersonaGym's five tasks, in the order reports list them. */
    public static final List<String> BUILT_IN_NAMES = List.of(
            EXPECTED_ACTION, ACTION_JUSTIFICATION, LINGUISTIC_HABITS, PERSONA_CONSISTENCY, TOXICITY_CONTROL);

    /** A rubric task. */
    public Task(String name, String description, String questionGuidance, List<String> criteria, boolean builtIn) {
        this(name, description, questionGuidance, criteria, builtIn, TaskKind.RUBRIC);
    }

    public Task {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(questionGuidance, "questionGuidance");
        Objects.requireNonNull(kind, "kind");
        criteria = List.copyOf(criteria);
        if (name.isBlank()) {
            throw new IllegalArgumentException("A task name must not be blank");
        }
        if (!kind.judgeFree() && criteria.size() != MAX_SCORE) {
            throw new IllegalArgumentException("Task '" + name + "' needs exactly " + MAX_SCORE
                    + " rubric criteria (scores 1 to 5), got " + criteria.size());
        }
        if (kind.judgeFree() && !criteria.isEmpty()) {
            throw new IllegalArgumentException("Task '" + name + "' is of kind " + kind.id()
                    + ", which is scored without a rubric, but has " + criteria.size() + " criteria");
        }
    }

    /**
     * Whether judges score this task's answers with its rubric (PersonaGym's way), which it then has: a task of kind
     * rubric, dialogue or conversation.
     */
    public boolean isRubric() {
        return !kind.judgeFree();
    }

    /** This task with another name and built-in flag, everything else kept. */
    public Task named(String newName, boolean isBuiltIn) {
        return new Task(newName, description, questionGuidance, criteria, isBuiltIn, kind);
    }

    /** The rubric's criterion for one score, 1 to 5. */
    public String criterion(int score) {
        if (kind.judgeFree()) {
            throw new IllegalStateException("Task '" + name + "' is of kind " + kind.id() + " and has no rubric");
        }
        if (score < MIN_SCORE || score > MAX_SCORE) {
            throw new IllegalArgumentException("Scores run from 1 to 5, got " + score);
        }
        return criteria.get(score - 1);
    }
}
