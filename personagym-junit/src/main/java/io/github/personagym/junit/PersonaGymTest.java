package io.github.personagym.junit;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.platform.commons.annotation.Testable;

/**
 * Marks a class whose personas the PersonaGym engine evaluates. The class hands over the agent with an
 * {@link Agent} method.
 *
 * <pre>{@code
 * @PersonaGymTest(personas = "personas/captain.yaml", minPersonaScore = 4.0)
 * class CaptainTest {
 *     @Agent
 *     static PersonaAgent agent(Persona persona) { return question -> myBot.reply(question); }
 * }
 * }</pre>
 *
 * Thresholds and the task subset set in a persona file win over the ones set here.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Testable
@API(status = STABLE, since = "0.1")
public @interface PersonaGymTest {

    /** Value of a threshold that is not set. */
    double UNSET = -1;

    /**
     * Persona YAML files, as classpath paths ({@code personas/captain.yaml}) or globs
     * ({@code personas/*.yaml}, {@code personas/**}{@code /*.yaml}).
     */
    String[] personas();

    /** Minimum PersonaScore (1–5) of every persona; unset by default. */
    double minPersonaScore() default UNSET;

    /** Minimum score per task. */
    TaskThreshold[] taskThresholds() default {};

    /** The tasks to evaluate, by name; all five by default. */
    String[] tasks() default {};

    /**
     * The name under which this class's personas are kept in the baseline file ({@code <name>/<persona id>});
     * by default the class's simple name. Give two classes the same name when they test the same agent, e.g.
     * a new version of it, so that one is compared with the other's baseline.
     */
    String baseline() default "";
}
