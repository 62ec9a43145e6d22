package io.github.personagym.junit;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A minimum score for one task, e.g. {@code @TaskThreshold(task = "Linguistic Habits", min = 3.5)}. */
@Target({})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@API(status = STABLE, since = "0.1")
public @interface TaskThreshold {

    /** The task's name, e.g. {@code Linguistic Habits}. */
    String task();

    /** The minimum task score, 1 to 5. */
    double min();
}
