package io.github.personagym.junit.jupiter;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Feeds a {@code @ParameterizedTest} one {@code Persona} per persona file on the classpath that matches
 * one of the patterns: paths and globs under {@code src/test/resources}, such as {@code personas/*.yaml}
 * or {@code personas/**}{@code /*.yaml}. Suite files ({@code *.suite.yaml}) and files that are not YAML are
 * left out; files are taken in path order. A pattern that matches nothing, or a persona file that cannot
 * be read, fails the test with a message naming the pattern, or the file and line.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ArgumentsSource(PersonaArgumentsProvider.class)
@API(status = STABLE, since = "0.1")
public @interface PersonaSource {

    /** Classpath paths or globs of persona YAML files. */
    String[] value();
}
