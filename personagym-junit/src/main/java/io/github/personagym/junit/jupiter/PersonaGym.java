package io.github.personagym.junit.jupiter;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registers the {@link PersonaGymExtension} on a Jupiter test class or method: its parameters of type
 * {@code Persona}, {@code Judge}, {@code List<Judge>}, {@code TaskCatalog} and {@link Gym} are injected.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(PersonaGymExtension.class)
@API(status = STABLE, since = "0.1")
public @interface PersonaGym {
}
