package io.github.personagym.junit.engine;

import io.github.personagym.PersonaAgent;
import io.github.personagym.config.ConfigKeys;
import io.github.personagym.junit.gym.EvaluationResult;
import io.github.personagym.junit.gym.PersonaEvaluation;
import io.github.personagym.junit.gym.ProgressListener;
import io.github.personagym.junit.gym.Suite;
import io.github.personagym.junit.gym.SuiteFile;
import io.github.personagym.score.ScoreAggregator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Generates suites and evaluates personas with the engine's services; keeps the results for the reports. */
final class PersonaRunner {

    private final PersonaGymEngineDescriptor engine;
    private final List<EvaluationResult> results = Collections.synchronizedList(new ArrayList<>());

    PersonaRunner(PersonaGymEngineDescriptor engine) {
        this.engine = engine;
    }

    PersonaFiles files() {
        return engine.files();
    }

    Suite generate(PersonaDescriptor persona) {
        GymServices services = engine.services();
        Suite made = services.suiteGenerator().orElseThrow().generate(persona.persona(),
                files().hash(persona.persona()), persona.tasks(), services.environments().names());
        Path path = files().suitePath(persona.persona());
        Suite suite = new Suite(made.personaId(), made.personaHash(), made.generator(), made.environments(),
                made.questions(), Optional.of(path));
        SuiteFile.write(suite, path);
        return SuiteFile.read(path).orElse(suite);
    }

    EvaluationResult evaluate(PersonaDescriptor persona, PersonaAgent agent) {
        GymServices services = engine.services();
        int concurrency = engine.configuration().getInt(ConfigKeys.CONCURRENCY, 8);
        var evaluation = new PersonaEvaluation(services.judges(), services.exemplars(), concurrency,
                ProgressListener.NONE, new ScoreAggregator());
        Suite suite = persona.suite().orElseThrow();
        EvaluationResult result = evaluation.run(persona.persona(), persona.tasks(), suite, agent);
        if (result.exemplarsAdded() && suite.file().isPresent()) {
            SuiteFile.write(result.suite(), suite.file().get());
        }
        results.add(result);
        return result;
    }

    List<EvaluationResult> results() {
        return List.copyOf(results);
    }

    /** At the end of the run. Reports come with the report module. */
    void finish() {
    }
}
