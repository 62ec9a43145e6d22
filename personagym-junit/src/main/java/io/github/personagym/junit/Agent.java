package io.github.personagym.junit;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method of a {@link PersonaGymTest} class that returns the agent under test, a
 * {@link io.github.personagym.PersonaAgent}, or a {@link io.github.personagym.ConversationalAgent} that answers with
 * the earlier turns of a conversation in view (a plain {@code PersonaAgent} reads them as a transcript written
 * before the new message, see {@link io.github.personagym.ConversationalAgent#of}). The method may be static or an instance method (the class
 * then needs a no-argument constructor), and takes no parameter or the {@link io.github.personagym.Persona}
 * to play.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@API(status = STABLE, since = "0.1")
public @interface Agent {
}
