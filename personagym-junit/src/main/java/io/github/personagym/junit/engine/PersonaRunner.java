package io.github.personagym.junit.engine;

import io.github.personagym.Persona;
import io.github.personagym.PersonaAgent;
import io.github.personagym.config.ConfigKeys;
import io.github.personagym.judge.Judge;
import io.github.personagym.persona.PersonaFingerprint;
import io.github.personagym.judge.PersonaCalibratedJudge;
import io.github.personagym.judge.ScoreExemplars;
import io.github.personagym.gym.EvaluationResult;
import io.github.personagym.gym.JudgesInForce;
import io.github.personagym.gym.PersonaEvaluation;
import io.github.personagym.gym.ProgressListener;
import io.github.personagym.gym.QuestionResult;
import io.github.personagym.gym.Suite;
import io.github.personagym.gym.SuiteFile;
import io.github.personagym.report.ConsoleProgress;
import io.github.personagym.report.GateResult;
import io.github.personagym.report.PersonaRun;
import io.github.personagym.report.RegressionGate;
import io.github.personagym.report.Reports;
import io.github.personagym.llm.ApiKeys;
import io.github.personagym.llm.UsageMeter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/** Generates suites and evaluates personas with the engine's services; keeps the results for the reports. */
final class PersonaRunner {

    private final PersonaGymEngineDescriptor engine;
    private final List<PersonaRun> runs = Collections.synchronizedList(new ArrayList<>());
    private final Cast cast = new Cast();
    private RegressionGate gate;
    private Semaphore limit;
    private Optional<JudgesInForce> judges = Optional.empty();

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
                PersonaFingerprint.of(persona.persona()).hash(), persona.tasks(), services.environments().names());
        Path path = files().suitePath(persona.persona());
        Suite suite = made.withFile(path);
        SuiteFile.write(suite, path, engine.redaction());
        step(id + ": suite written to " + path + " (" + count(suite.environments().size(), "environment") + ", "
                + count(suite.questions().size(), "question") + "); review and commit it");
        return SuiteFile.read(path).orElse(suite);
    }

    /**
     * At the start of the run, whatever {@value ConfigKeys#PROGRESS} says: a warning per unknown configuration
     * name and per API key given as a system property, the judges in force and why, each error that makes a judge
     * unusable and each note on the judges, one line each.
     */
    void start() {
        engine.unknownKeys().forEach(key -> print("WARNING " + key.message()));
        ApiKeys.systemPropertyWarnings(engine.configuration()).forEach(this::print);
        try {
            GymServices services = engine.services();
            List<String> ids = services.judges().stream().map(Judge::id).distinct().sorted().toList();
            JudgesInForce inForce = services.judgesInForce();
            judges = Optional.of(gate().judgesNote(ids).map(inForce::withNote).orElse(inForce));
        } catch (RuntimeException e) {
            // each persona fails on the same problem; it is said once here, where the judges would be
            print("ERROR " + e.getMessage());
            return;
        }
        judges.get().lines().forEach(this::print);
    }

    /** The errors that make a judge of the run unusable, one line each; empty when every judge can work. */
    List<String> judgeErrors() {
        return judges.map(JudgesInForce::errors).orElse(List.of());
    }

    /**
     * The errors of the run as a whole, one line each: judges that cannot work, then providers that went out
     * of reach during the run (each said once here, though every call to it failed with the same words).
     */
    List<String> runErrors() {
        List<String> errors = new ArrayList<>(judgeErrors());
        outages().forEach(outage -> errors.add("Provider " + outage));
        return errors;
    }

    private List<String> outages() {
        return engine.madeServices().map(GymServices::outages).orElse(List.of());
    }

    private void print(String line) {
        System.out.println("[personagym] " + engine.redaction().redact(line));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A progress line for a step the gym's listener does not see, unless progress is off. */
    private void step(String line) {
        if (engine.configuration().getBoolean(ConfigKeys.PROGRESS, true)) {
            print(line);
        }
    }

    /** Evaluates the persona on its suite; {@code questions} hears each question's result as soon as it is judged. */
    EvaluationResult evaluate(PersonaDescriptor persona, PersonaAgent agent, Consumer<QuestionResult> questions) {
        GymServices services = engine.services();
        var evaluation = PersonaEvaluation.builder(calibrated(services.judges(), persona)).exemplars(services.exemplars())
                .configuration(engine.configuration()).limit(sharedLimit())
                .progress(new QuestionResultsListener(progress(), questions)).swapWith(cast::otherThan)
                .build();
        Suite suite = persona.suite().orElseThrow();
        EvaluationResult result = evaluation.run(persona.persona(), persona.tasks(), suite, agent);
        if (result.exemplarsAdded() && suite.file().isPresent()) {
            SuiteFile.write(result.suite(), suite.file().get(), engine.redaction());
        }
        return result;
    }

    /**
     * The judges, each that calibrates per persona (the offline judge) calibrated on this persona's suite and
     * contrasted with every other persona of the run.
     */
    private List<Judge> calibrated(List<Judge> judges, PersonaDescriptor persona) {
        if (judges.stream().noneMatch(PersonaCalibratedJudge.class::isInstance)) {
            return judges;
        }
        Map<String, Persona> byId = new java.util.TreeMap<>();
        Map<String, List<ScoreExemplars>> exemplarsById = new LinkedHashMap<>();
        engine.getDescendants().stream().filter(PersonaDescriptor.class::isInstance).map(PersonaDescriptor.class::cast)
                .forEach(other -> {
                    byId.putIfAbsent(other.persona().id(), other.persona());
                    exemplarsById.putIfAbsent(other.persona().id(), exemplars(other.suite()));
                });
        siblings(persona.location()).forEach((other, suite) -> {
            byId.putIfAbsent(other.id(), other);
            exemplarsById.putIfAbsent(other.id(), suite);
        });
        Map<Persona, List<ScoreExemplars>> others = new LinkedHashMap<>();
        byId.forEach((id, other) -> {
            if (!id.equals(persona.persona().id())) {
                others.put(other, exemplarsById.get(id));
            }
        });
        List<ScoreExemplars> own = exemplars(persona.suite());
        return judges.stream().map(judge -> judge instanceof PersonaCalibratedJudge c
                ? c.calibrated(persona.persona(), own, others) : judge).toList();
    }

    private final Map<String, Map<Persona, List<ScoreExemplars>>> siblingsByFolder =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The personas in the folder of this persona's file, with their suites' exemplars, whatever the run selected:
     * so that the offline judge contrasts a persona with the same personas whether one test class, one persona
     * ({@value ConfigKeys#PERSONAS}) or the whole build runs. Files that cannot be read are left out.
     */
    private Map<Persona, List<ScoreExemplars>> siblings(PersonaLocation location) {
        String folder = location.file().map(f -> String.valueOf(f.getParent()))
                .orElseGet(() -> {
                    String resource = location.resource().orElse("");
                    return "classpath:" + (resource.contains("/") ? resource.substring(0, resource.lastIndexOf('/')) : "");
                });
        return siblingsByFolder.computeIfAbsent(folder, ignored -> {
            Map<Persona, List<ScoreExemplars>> found = new LinkedHashMap<>();
            for (PersonaLocation sibling : beside(location)) {
                try {
                    Persona other = files().load(sibling);
                    found.putIfAbsent(other, exemplars(files().suite(other, sibling).suite()));
                } catch (RuntimeException unreadable) {
                    // a broken sibling fails its own tests where it is selected; here it is only not contrasted
                }
            }
            return found;
        });
    }

    private static List<PersonaLocation> beside(PersonaLocation location) {
        if (location.file().isPresent()) {
            Path parent = location.file().get().getParent();
            try (var files = java.nio.file.Files.list(parent)) {
                return files.filter(PersonaRunner::isPersonaFile).sorted().map(PersonaLocation::ofFile).toList();
            } catch (java.io.IOException | RuntimeException e) {
                return List.of();
            }
        }
        String resource = location.resource().orElse("");
        String folder = resource.contains("/") ? resource.substring(0, resource.lastIndexOf('/') + 1) : "";
        return new ClasspathPersonas(Thread.currentThread().getContextClassLoader()).resolve(folder + "*.y*ml").stream()
                .filter(name -> isPersonaFile(Path.of(name))).map(PersonaLocation::ofResource).toList();
    }

    private static boolean isPersonaFile(Path file) {
        String name = file.getFileName().toString();
        return (name.endsWith(".yaml") || name.endsWith(".yml")) && !name.endsWith(SuiteFile.EXTENSION)
                && !name.endsWith(".labelled.yaml");
    }

    private static List<ScoreExemplars> exemplars(Optional<Suite> suite) {
        return suite.stream().flatMap(s -> s.questions().stream()).flatMap(q -> q.exemplars().stream()).toList();
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
        return ConsoleProgress.toSystemOut(() -> usage().map(UsageMeter::total), engine.redaction());
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

    /**
     * At the end of the run, when a persona was evaluated: writes this run's baseline entries (when updating) in
     * one step, then the reports, and prints the summary table. A baseline that cannot be written fails the run,
     * after the reports are written.
     */
    void finish() {
        outages().forEach(outage -> print("ERROR Provider " + outage));
        if (runs.isEmpty()) {
            return;
        }
        RuntimeException baselineError = null;
        try {
            gate().writeUpdates().forEach(this::print);
        } catch (RuntimeException e) {
            print("ERROR " + e.getMessage());
            baselineError = e;
        }
        Optional<Map<String, UsageMeter.Usage>> usage = usage().map(UsageMeter::bySpec);
        System.out.print(Reports.from(engine.configuration(), engine.redaction())
                .write(List.copyOf(runs), gate(), usage, judges));
        recordings();
        System.out.flush();
        if (baselineError != null) {
            throw baselineError;
        }
    }

    /** What the run did to the recordings folder: one line when it wrote any, one when it pruned. */
    private void recordings() {
        if (!(engine.services() instanceof ConfiguredServices configured)) {
            return;
        }
        var store = configured.access().recordings();
        if (store.written() > 0) {
            System.out.println("Recordings: " + store.written() + (store.written() == 1 ? " model exchange" : " model "
                    + "exchanges") + " recorded in " + store.directory() + "; review and commit them to replay "
                    + "without a key");
        }
        if (engine.configuration().getBoolean(ConfigKeys.RECORDINGS_PRUNE, false)) {
            int pruned = store.pruneUnused();
            System.out.println("Recordings: " + pruned + " unused " + (pruned == 1 ? "recording" : "recordings")
                    + " deleted from " + store.directory() + " (" + ConfigKeys.RECORDINGS_PRUNE + "=true)");
        }
    }
}
