package io.github.personagym.junit.engine;

import io.github.personagym.run.ClasspathPersonas;
import io.github.personagym.config.Configuration;
import io.github.personagym.config.UnknownKey;
import io.github.personagym.llm.Redaction;
import io.github.personagym.services.GymServices;
import io.github.personagym.run.PersonaFiles;
import io.github.personagym.run.RunSession;
import java.util.List;
import java.util.function.Function;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * The engine's root: it carries the run ({@link RunSession}: the configuration, the redaction of the secrets the run
 * knows and, made on first use, the services). Running, it starts every persona's work before the tree is walked, and
 * writes the reports after; the run's own errors fail it.
 */
final class PersonaGymEngineDescriptor extends EngineDescriptor implements Node<RunContext> {

    private final RunSession session;
    private List<UnknownKey> unknownKeys = List.of();

    PersonaGymEngineDescriptor(UniqueId uniqueId, Configuration configuration, Redaction redaction,
                               Function<Configuration, GymServices> servicesFactory) {
        super(uniqueId, "PersonaGym");
        this.session = RunSession.builder(configuration, redaction, () -> servicesFactory.apply(configuration))
                .classpath(pattern -> new ClasspathPersonas(Thread.currentThread().getContextClassLoader())
                        .resolve(pattern))
                .withCast().build();
    }

    /** The run this tree is a plan of. */
    RunSession session() {
        return session;
    }

    PersonaFiles files() {
        return session.files();
    }

    Configuration configuration() {
        return session.configuration();
    }

    /** Hides the API keys of the run's configuration and environment, and key shapes, in what the run writes. */
    Redaction redaction() {
        return session.redaction();
    }

    /** Names in the configuration that PersonaGym does not know and that are no likely typo: warned about. */
    List<UnknownKey> unknownKeys() {
        return unknownKeys;
    }

    void unknownKeys(List<UnknownKey> keys) {
        this.unknownKeys = List.copyOf(keys);
    }

    GymServices services() {
        return session.services();
    }

    @Override
    public RunContext before(RunContext context) {
        context.execution().start();
        return context;
    }

    @Override
    public void after(RunContext context) {
        context.execution().finish();
    }
}
