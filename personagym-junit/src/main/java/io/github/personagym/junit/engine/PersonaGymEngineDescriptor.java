package io.github.personagym.junit.engine;

import io.github.personagym.config.Configuration;
import io.github.personagym.config.UnknownKey;
import io.github.personagym.llm.Redaction;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * The engine's root: it carries the configuration, the redaction of the secrets the run knows and, made on first
 * use, the services. Running, it starts every persona's work before the tree is walked, and writes the reports
 * after; the run's own errors fail it.
 */
final class PersonaGymEngineDescriptor extends EngineDescriptor implements Node<RunContext> {

    private final Configuration configuration;
    private final Redaction redaction;
    private final Function<Configuration, GymServices> servicesFactory;
    private final PersonaFiles files;
    private GymServices services;
    private List<UnknownKey> unknownKeys = List.of();

    PersonaGymEngineDescriptor(UniqueId uniqueId, Configuration configuration, Redaction redaction,
                               Function<Configuration, GymServices> servicesFactory) {
        super(uniqueId, "PersonaGym");
        this.configuration = configuration;
        this.redaction = redaction;
        this.servicesFactory = servicesFactory;
        this.files = new PersonaFiles(configuration);
    }

    PersonaFiles files() {
        return files;
    }

    Configuration configuration() {
        return configuration;
    }

    /** Hides the API keys of the run's configuration and environment, and key shapes, in what the run writes. */
    Redaction redaction() {
        return redaction;
    }

    /** Names in the configuration that PersonaGym does not know and that are no likely typo: warned about. */
    List<UnknownKey> unknownKeys() {
        return unknownKeys;
    }

    void unknownKeys(List<UnknownKey> keys) {
        this.unknownKeys = List.copyOf(keys);
    }

    synchronized GymServices services() {
        if (services == null) {
            services = servicesFactory.apply(configuration);
        }
        return services;
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

    /** The services, if the run has made them (a run that evaluates nothing never does). */
    synchronized Optional<GymServices> madeServices() {
        return Optional.ofNullable(services);
    }
}
