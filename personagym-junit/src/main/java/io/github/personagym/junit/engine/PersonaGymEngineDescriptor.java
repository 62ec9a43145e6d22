package io.github.personagym.junit.engine;

import io.github.personagym.config.Configuration;
import java.util.function.Function;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/** The engine's root: it carries the configuration and, made on first use, the services. */
final class PersonaGymEngineDescriptor extends EngineDescriptor {

    private final Configuration configuration;
    private final Function<Configuration, GymServices> servicesFactory;
    private final PersonaFiles files;
    private GymServices services;

    PersonaGymEngineDescriptor(UniqueId uniqueId, Configuration configuration,
                               Function<Configuration, GymServices> servicesFactory) {
        super(uniqueId, "PersonaGym");
        this.configuration = configuration;
        this.servicesFactory = servicesFactory;
        this.files = new PersonaFiles(configuration);
    }

    PersonaFiles files() {
        return files;
    }

    Configuration configuration() {
        return configuration;
    }

    synchronized GymServices services() {
        if (services == null) {
            services = servicesFactory.apply(configuration);
        }
        return services;
    }
}
