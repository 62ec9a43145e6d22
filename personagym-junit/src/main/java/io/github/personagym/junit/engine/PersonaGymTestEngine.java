package io.github.personagym.junit.engine;

import io.github.personagym.config.Configuration;
import java.util.Optional;
import java.util.function.Function;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.UniqueId;

/**
 * The PersonaGym test engine (id {@value #ENGINE_ID}). It discovers {@code @PersonaGymTest} classes and
 * persona YAML files, and runs each persona as a tree of environment, task and question tests with score
 * checks.
 */
public final class PersonaGymTestEngine implements TestEngine {

    public static final String ENGINE_ID = "personagym";

    private final Function<Configuration, GymServices> services;

    /** The engine as the JUnit Platform loads it: models and judges come from configuration. */
    public PersonaGymTestEngine() {
        this(ConfiguredServices::new);
    }

    PersonaGymTestEngine(Function<Configuration, GymServices> services) {
        this.services = services;
    }

    @Override
    public String getId() {
        return ENGINE_ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("io.github.personagym");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("personagym-junit");
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        Configuration configuration = configuration(request.getConfigurationParameters());
        var engine = new PersonaGymEngineDescriptor(uniqueId, configuration, services);
        new Discovery(request, engine).run();
        return engine;
    }

    @Override
    public void execute(ExecutionRequest request) {
        var engine = (PersonaGymEngineDescriptor) request.getRootTestDescriptor();
        new Execution(engine, request.getEngineExecutionListener()).run();
    }

    static Configuration configuration(ConfigurationParameters parameters) {
        return Configuration.from(parameters::get).orElse(Configuration.environment(System.getenv()));
    }
}
