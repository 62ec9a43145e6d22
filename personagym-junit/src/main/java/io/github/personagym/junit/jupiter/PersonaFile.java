package io.github.personagym.junit.jupiter;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The persona file a {@code Persona} parameter is read from: a classpath resource such as
 * {@code personas/captain.yaml} (the path under {@code src/test/resources}). On a parameter it names that
 * parameter's persona; on a method or class it names the persona of every {@code Persona} parameter below
 * it that has none of its own. The nearest one wins.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@API(status = STABLE, since = "0.1")
public @interface PersonaFile {

    /** The classpath resource of the persona YAML file, e.g. {@code personas/captain.yaml}. */
    String value();
}
