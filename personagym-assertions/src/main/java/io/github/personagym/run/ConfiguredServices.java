package io.github.personagym.run;

import io.github.personagym.Persona;
import io.github.personagym.PersonaAgent;
import io.github.personagym.config.Configuration;
import io.github.personagym.environment.EnvironmentPool;
import io.github.personagym.judge.Judge;
import io.github.personagym.gym.ConfiguredModels;
import io.github.personagym.gym.ExemplarSource;
import io.github.personagym.gym.JudgesInForce;
import io.github.personagym.gym.SuiteGenerator;
import io.github.personagym.llm.ModelAccess;
import io.github.personagym.task.TaskCatalog;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The services as configuration names them (see {@link ConfiguredModels}); both front ends run on them. */
public final class ConfiguredServices implements GymServices {

    private final ConfiguredModels models;
    private final EnvironmentPool environments;

    public ConfiguredServices(Configuration configuration) {
        this(configuration, System.getenv());
    }

    public ConfiguredServices(Configuration configuration, Map<String, String> environment) {
        this.models = new ConfiguredModels(configuration, environment);
        this.environments = models.environments();
    }

    public ModelAccess access() {
        return models.access();
    }

    @Override
    public TaskCatalog tasks() {
        return models.tasks();
    }

    @Override
    public EnvironmentPool environments() {
        return environments;
    }

    @Override
    public List<Judge> judges() {
        return models.judges();
    }

    @Override
    public JudgesInForce judgesInForce() {
        return models.judgesInForce();
    }

    @Override
    public ExemplarSource exemplars() {
        return models.exemplars();
    }

    @Override
    public Optional<SuiteGenerator> suiteGenerator() {
        return models.suiteGenerator();
    }

    @Override
    public String whyNoGenerator() {
        return models.whyNoGenerator();
    }

    @Override
    public String generatorSpec() {
        return models.generatorLabel();
    }

    @Override
    public Optional<PersonaAgent> modelAgent(Persona persona) {
        return models.modelAgent(persona);
    }

    @Override
    public String whyNoModelAgent() {
        return models.whyNoModelAgent();
    }

    @Override
    public List<String> outages() {
        return models.access().outages();
    }
}
