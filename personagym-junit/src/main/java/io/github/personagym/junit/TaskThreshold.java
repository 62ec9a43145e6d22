package io.github.personagym.junit;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A minimum score for one task, on the task's own scale: 1 to 5 for a rubric task
 * ({@code @TaskThreshold(task = "Linguistic Habits", min = 3.5)}), 0 to 1 for a judge-free task, whose score is its
 * accuracy or ROUGE-L F1 ({@code @TaskThreshold(task = "Sea Knowledge", min = 0.8)}). A value off the task's scale fails
 * the persona before it runs, naming this annotation and the range to use.
 */
@Target({})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@API(status = STABLE, since = "0.1")
public @interface TaskThreshold {

    /** The task's name, e.g. {@code Linguistic Habits}. */
    String task();

    /** The minimum task score: 1 to 5 for a rubric task, 0 to 1 for a task of kind {@code choice} or {@code reference}. */
    double min();
}
