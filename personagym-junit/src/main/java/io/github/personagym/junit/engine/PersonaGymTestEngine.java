package io.github.personagym.junit.engine;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import io.github.personagym.config.Configuration;
import io.github.personagym.config.PlatformConfiguration;
import io.github.personagym.llm.Redaction;
import io.github.personagym.services.ConfiguredServices;
import io.github.personagym.services.GymServices;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;
import org.junit.platform.engine.support.hierarchical.ThrowableCollector;

/**
 * The PersonaGym test engine (id {@value #ENGINE_ID}). It discovers {@code @PersonaGymTest} classes and
 * persona YAML files, and runs each persona as a tree of environment, task and question tests with score
 * checks. It runs on the platform's hierarchical executor, in the calling thread: the personas' work runs underneath
 * on a pool of its own, started for all of them at once.
 */
@API(status = STABLE, since = "0.1")
public final class PersonaGymTestEngine extends HierarchicalTestEngine<RunContext> {

    static {
        io.github.personagym.config.QuietLogging.whenNoProvider();
    }


    public static final String ENGINE_ID = "personagym";

    private final Function<Configuration, GymServices> services;
    private final Map<String, String> environment;
    private final Properties systemProperties;

    /** The engine as the JUnit Platform loads it: models and judges come from configuration. */
    public PersonaGymTestEngine() {
        this(System.getenv(), System.getProperties());
    }

    /** The configured engine, reading {@code environment} and {@code systemProperties} instead of the JVM's. */
    PersonaGymTestEngine(Map<String, String> environment, Properties systemProperties) {
        this(environment, systemProperties, configuration -> new ConfiguredServices(configuration, environment));
    }

    /** An engine with the services {@code services} makes, and no environment variables. */
    PersonaGymTestEngine(Function<Configuration, GymServices> services) {
        this(Map.of(), new Properties(), services);
    }

    PersonaGymTestEngine(Map<String, String> environment, Properties systemProperties,
                         Function<Configuration, GymServices> services) {
        this.services = services;
        this.environment = Map.copyOf(environment);
        this.systemProperties = systemProperties;
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
        var engine = new PersonaGymEngineDescriptor(uniqueId, configuration, Redaction.of(configuration, environment),
                services);
        engine.unknownKeys(ConfigurationCheck.report(configuration, request.getDiscoveryListener(), uniqueId));
        new Discovery(request, engine).run();
        return engine;
    }

    @Override
    protected RunContext createExecutionContext(ExecutionRequest request) {
        return new RunContext(new Execution(engine(request), redacting(request)));
    }

    /** Every test's failure or abort reaches the launcher with the run's secrets redacted. */
    @Override
    protected ThrowableCollector.Factory createThrowableCollectorFactory(ExecutionRequest request) {
        RedactingListener redacting = redacting(request);
        return () -> new RedactingCollector(redacting);
    }

    private static PersonaGymEngineDescriptor engine(ExecutionRequest request) {
        return (PersonaGymEngineDescriptor) request.getRootTestDescriptor();
    }

    private static RedactingListener redacting(ExecutionRequest request) {
        return new RedactingListener(request.getEngineExecutionListener(), engine(request).redaction());
    }

    /**
     * The launcher's configuration parameters (each told apart as a launcher parameter, system property or
     * {@code junit-platform.properties} entry), then the environment.
     */
    Configuration configuration(ConfigurationParameters parameters) {
        return PlatformConfiguration.of(parameters::get, parameters::keySet, systemProperties,
                PlatformConfiguration.propertiesFile(Thread.currentThread().getContextClassLoader()), environment);
    }
}
