package io.github.personagym.junit.engine;

import io.github.personagym.PersonaAgent;
import io.github.personagym.config.ConfigKeys;
import io.github.personagym.junit.gym.EvaluationResult;
import io.github.personagym.junit.gym.PersonaEvaluation;
import io.github.personagym.junit.gym.ProgressListener;
import io.github.personagym.junit.gym.Suite;
import io.github.personagym.junit.gym.SuiteFile;
import io.github.personagym.junit.report.ConsoleProgress;
import io.github.personagym.junit.report.GateResult;
import io.github.personagym.junit.report.PersonaRun;
import io.github.personagym.junit.report.RegressionGate;
import io.github.personagym.junit.report.Reports;
import io.github.personagym.llm.UsageMeter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/** Generates suites and evaluates personas with the engine's services; keeps the results for the reports. */
final class PersonaRunner {

    private final PersonaGymEngineDescriptor engine;
    private final List<PersonaRun> runs = Collections.synchronizedList(new ArrayList<>());
    private final Cast cast = new Cast();
    private RegressionGate gate;
    private Semaphore limit;

    PersonaRunner(PersonaGymEngineDescriptor engine) {
        this.engine = engine;
    }

    PersonaFiles files() {
        return engine.files();
    }

    /** The run's personas and agents, which swapped mutants take their answers from. */
    Cast cast() {
        return cast;
    }

    Suite generate(PersonaDescriptor persona) {
        GymServices services = engine.services();
        String id = persona.persona().id();
        step(id + ": no suite yet; generating one with " + services.generatorSpec() + " ("
                + (persona.persona().environments().isEmpty() ? "selecting environments, " : "")
                + "writing questions for " + persona.tasks().size() + " tasks)");
        Suite made = services.suiteGenerator().orElseThrow().generate(persona.persona(),
                files().hash(persona.location()), persona.tasks(), services.environments().names());
        Path path = files().suitePath(persona.persona());
        Suite suite = new Suite(made.personaId(), made.personaHash(), made.generator(), made.environments(),
                made.questions(), Optional.of(path));
        SuiteFile.write(suite, path);
        step(id + ": suite written to " + path + " (" + suite.environments().size() + " environments, "
                + suite.questions().size() + " questions); review and commit it");
        return SuiteFile.read(path).orElse(suite);
    }

    /** A progress line for a step the gym's listener does not see, unless progress is off. */
    private void step(String line) {
        if (engine.configuration().getBoolean(ConfigKeys.PROGRESS, true)) {
            System.out.println("[personagym] " + line);
        }
    }

    EvaluationResult evaluate(PersonaDescriptor persona, PersonaAgent agent) {
        GymServices services = engine.services();
        var evaluation = PersonaEvaluation.builder(services.judges()).exemplars(services.exemplars())
                .configuration(engine.configuration()).limit(sharedLimit()).progress(progress()).swapWith(cast::otherThan)
                .build();
        Suite suite = persona.suite().orElseThrow();
        EvaluationResult result = evaluation.run(persona.persona(), persona.tasks(), suite, agent);
        if (result.exemplarsAdded() && suite.file().isPresent()) {
            SuiteFile.write(result.suite(), suite.file().get());
        }
        return result;
    }

    /** Keeps an evaluated persona for the reports; called in tree order, so reports list personas in it. */
    void reported(PersonaDescriptor persona, EvaluationResult result) {
        runs.add(new PersonaRun(result, persona.location().toString(), persona.thresholds(), agentName(persona)));
    }

    /** One limit for the whole run: every persona's answers and judge calls share it. */
    private synchronized Semaphore sharedLimit() {
        if (limit == null) {
            limit = new Semaphore(PersonaEvaluation.concurrency(engine.configuration()), true);
        }
        return limit;
    }

    private ProgressListener progress() {
        if (!engine.configuration().getBoolean(ConfigKeys.PROGRESS, true)) {
            return ProgressListener.NONE;
        }
        return ConsoleProgress.toSystemOut(() -> usage().map(UsageMeter::total));
    }

    /** The model usage, when the services meter it (scripted services do not). */
    private Optional<UsageMeter> usage() {
        return engine.services() instanceof ConfiguredServices configured
                ? Optional.of(configured.access().usage()) : Optional.empty();
    }

    /** Compares an evaluated persona with the baseline, or writes it there when updating. */
    GateResult regression(PersonaDescriptor persona, EvaluationResult result) {
        return gate().check(new PersonaRun(result, persona.location().toString(), persona.thresholds(),
                agentName(persona)));
    }

    /** The baseline name of the persona's test class, or empty for a persona file played by the model agent. */
    private static String agentName(PersonaDescriptor persona) {
        return persona.getParent().filter(TestClassDescriptor.class::isInstance)
                .map(parent -> ((TestClassDescriptor) parent))
                .map(testClass -> testClass.annotation().baseline().isBlank()
                        ? testClass.testClass().getSimpleName() : testClass.annotation().baseline())
                .orElse("");
    }

    private synchronized RegressionGate gate() {
        if (gate == null) {
            gate = RegressionGate.from(engine.configuration());
        }
        return gate;
    }

    /** At the end of the run: writes the reports and prints the summary table, when a persona was evaluated. */
    void finish() {
        if (runs.isEmpty()) {
            return;
        }
        Optional<Map<String, UsageMeter.Usage>> usage = usage().map(UsageMeter::bySpec);
        System.out.print(Reports.from(engine.configuration()).write(List.copyOf(runs), gate(), usage));
        System.out.flush();
    }
}
