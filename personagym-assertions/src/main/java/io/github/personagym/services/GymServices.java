package io.github.personagym.services;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.run.RunSession;
import io.github.personagym.Persona;
import io.github.personagym.PersonaAgent;
import io.github.personagym.environment.EnvironmentPool;
import io.github.personagym.judge.Judge;
import io.github.personagym.evaluation.ExemplarSource;
import io.github.personagym.generation.SuiteGenerator;
import io.github.personagym.task.TaskCatalog;
import java.util.List;
import java.util.Optional;

/**
 * What a run needs from the outside world: judges, the generator, a model to play personas. A {@link RunSession}
 * takes it from whoever starts the run (the engine takes it through its constructor), so tests hand over scripted
 * services and no test reaches a model; {@link ConfiguredServices} builds the real ones from configuration.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface GymServices {

    TaskCatalog tasks();

    EnvironmentPool environments();

    /** The judges of the ensemble; never empty. */
    List<Judge> judges();

    /** The judges and why they are in force; judges handed over in code are known by their ids only. */
    default JudgesInForce judgesInForce() {
        return JudgesInForce.given(judges().stream().map(Judge::id).toList());
    }

    /** Makes score exemplars; returns none when no generator is configured. */
    ExemplarSource exemplars();

    /** The suite generator, when a generator model is configured. */
    Optional<SuiteGenerator> suiteGenerator();

    /** Why there is no suite generator, for skip messages. */
    String whyNoGenerator();

    /** A model playing the persona, for persona files discovered without a test class. */
    Optional<PersonaAgent> modelAgent(Persona persona);

    /** Why there is no model agent, for skip messages. */
    String whyNoModelAgent();

    /** The spec of the generator, recorded in suites. */
    String generatorSpec();

    /** Why providers went out of reach during the run, one message per provider; none for scripted services. */
    default List<String> outages() {
        return List.of();
    }
}
