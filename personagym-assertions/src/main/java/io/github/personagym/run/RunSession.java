package io.github.personagym.run;

import io.github.personagym.services.ConfiguredServices;
import io.github.personagym.services.GymServices;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.Persona;
import io.github.personagym.PersonaAgent;
import io.github.personagym.Task;
import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.Configuration;
import io.github.personagym.config.UnknownKey;
import io.github.personagym.evaluation.CallSlots;
import io.github.personagym.evaluation.EvaluationResult;
import io.github.personagym.services.JudgesInForce;
import io.github.personagym.evaluation.PersonaEvaluation;
import io.github.personagym.evaluation.ProgressListener;
import io.github.personagym.evaluation.QuestionResult;
import io.github.personagym.suite.Suite;
import io.github.personagym.suite.SuiteFile;
import io.github.personagym.judge.Judge;
import io.github.personagym.llm.ApiKeys;
import io.github.personagym.llm.Redaction;
import io.github.personagym.llm.UsageMeter;
import io.github.personagym.report.ConsoleProgress;
import io.github.personagym.gate.GateResult;
import io.github.personagym.evaluation.PersonaRun;
import io.github.personagym.gate.RegressionGate;
import io.github.personagym.gate.GateResult;
import io.github.personagym.evaluation.PersonaRun;
import io.github.personagym.gate.RegressionGate;
import io.github.personagym.plan.CheckOutcome;
import io.github.personagym.plan.SliceGapCheck;
import io.github.personagym.slice.SliceSettings;
import io.github.personagym.slice.SlicedPersona;
import io.github.personagym.slice.Slices;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One run of PersonaGym, whichever front end drives it: it holds the configured services, the run-wide limit on
 * answers and verdicts, the progress lines and the regression gate; finds or generates a persona's suite, evaluates the
 * persona with an agent (a judge that calibrates per persona contrasted with the run's other personas and those beside
 * the persona's file), applies the gate, and at the end writes the baseline update and the reports and prints the
 * summary. The engine and the Jupiter extension each hold one per run and adapt it to their tests.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RunSession {

    private final Configuration configuration;
    private final Redaction redaction;
    private final Supplier<GymServices> servicesFactory;
    private final PersonaFiles files;
    private final ContrastPersonas contrasts;
    private final Optional<String> reportFolder;
    private final Optional<Cast> cast;
    private final RunEnd end;
    private GymServices services;
    private RegressionGate gate;
    private CallSlots limit;
    private volatile Optional<JudgesInForce> judges = Optional.empty();

    private RunSession(Builder builder) {
        this.configuration = builder.configuration;
        this.redaction = builder.redaction;
        this.servicesFactory = builder.services;
        this.files = new PersonaFiles(configuration);
        this.contrasts = new ContrastPersonas(files, builder.classpath);
        this.reportFolder = builder.reportFolder;
        this.cast = builder.cast ? Optional.of(new Cast()) : Optional.empty();
        this.end = new RunEnd(this);
    }

    /**
     * A run configured by {@code configuration}, which hides the secrets {@code redaction} knows in all it writes, with
     * the services {@code services} makes when the run first needs them.
     */
    public static Builder builder(Configuration configuration, Redaction redaction, Supplier<GymServices> services) {
        return new Builder(configuration, redaction, services);
    }

    public Configuration configuration() {
        return configuration;
    }

    /** Hides the API keys of the run's configuration and environment, and key shapes, in what the run writes. */
    public Redaction redaction() {
        return redaction;
    }

    public PersonaFiles files() {
        return files;
    }

    /** The services, made on first use. */
    public synchronized GymServices services() {
        if (services == null) {
            services = servicesFactory.get();
        }
        return services;
    }

    /** The services, if the run has made them (a run that evaluates nothing never does). */
    synchronized Optional<GymServices> madeServices() {
        return Optional.ofNullable(services);
    }

    /**
     * At the start of the run, whatever {@value ConfigKeys#PROGRESS} says: a warning per unknown configuration name
     * and per API key given as a system property, the judges in force and why, each error that makes a judge unusable
     * and each note on the judges, one line each.
     */
    public void start(List<UnknownKey> unknownKeys) {
        unknownKeys.forEach(key -> print("WARNING " + key.message()));
        ApiKeys.systemPropertyWarnings(configuration).forEach(this::print);
        try {
            judges = Optional.of(judgesInForce());
        } catch (RuntimeException e) {
            // each persona fails on the same problem; it is said once here, where the judges would be
            print("ERROR " + e.getMessage());
            return;
        }
        judges.get().lines().forEach(this::print);
    }

    /**
     * The judges of the run and why they are in force; its notes include a baseline made with other judges.
     *
     * @throws RuntimeException when the judges cannot be made, saying why
     */
    public JudgesInForce judgesInForce() {
        List<String> ids = services().judges().stream().map(Judge::id).distinct().sorted().toList();
        JudgesInForce inForce = services().judgesInForce();
        return gate().judgesNote(ids).map(inForce::withNote).orElse(inForce);
    }

    /** The judges in force as the start of the run found them; empty when they could not be made. */
    Optional<JudgesInForce> judgesAtStart() {
        return judges;
    }

    /**
     * The errors of the run as a whole, one line each: judges that cannot work, then providers that went out of reach
     * during the run (each said once here, though every call to it failed with the same words).
     */
    public List<String> runErrors() {
        List<String> errors = new ArrayList<>(judges.map(JudgesInForce::errors).orElse(List.of()));
        outages().forEach(outage -> errors.add("Provider " + outage));
        return errors;
    }

    List<String> outages() {
        return madeServices().map(GymServices::outages).orElse(List.of());
    }

    /**
     * A persona this run does not evaluate, and why: the SKIPPED line on the console, and the same reason in the
     * summary and report.json at the end.
     */
    public void skipped(String personaId, String file, String reason) {
        String oneLine = reason.replaceAll("\\s*\\R\\s*", " ");
        print("SKIPPED " + personaId + ": " + oneLine);
        end.skipped(new io.github.personagym.report.SkippedPersona(personaId, file, oneLine));
    }

    /** Prints a line of the run, its secrets redacted. */
    public void print(String line) {
        System.out.println("[personagym] " + redaction.redact(line));
    }

    /** A persona of the run: others are contrasted with it. Its suite is read when a judge is calibrated. */
    public void register(Persona persona, Supplier<Optional<Suite>> suite) {
        contrasts.register(persona, suite);
    }

    /** The agent that plays this persona, for the swapped mutant of the run's other personas. */
    public void cast(Persona persona, PersonaAgent agent) {
        cast.orElseThrow(() -> new IllegalStateException("this run has no cast")).add(persona, agent);
    }

    /** Every persona of the run has its agent: a swapped mutant can now take another persona's answers. */
    public void castComplete() {
        cast.ifPresent(Cast::close);
    }

    /** Whether a persona without a suite can have one made in this run (a generator model is configured). */
    public boolean canGenerate() {
        return suites().canGenerate();
    }

    /** Why a persona without a suite is not evaluated, when there is no generator model to make one. */
    public String noSuiteReason(Persona persona) {
        return suites().noSuiteReason(persona);
    }

    /** Makes a persona's suite with the generator and writes it to the suite folder, saying so in progress lines. */
    public Suite generate(Persona persona, List<Task> tasks) {
        return suites().generate(persona, tasks);
    }

    private SuiteMaking suites() {
        return new SuiteMaking(services(), files, redaction, this::step, this::print);
    }

    /**
     * Evaluates the persona on its suite under the run-wide limit; {@code questions} hears each question's result as
     * soon as it is judged. Exemplars the evaluation made are written to the suite's file.
     */
    public EvaluationResult evaluate(RunPersona persona, Suite suite, PersonaAgent agent,
                                     Consumer<QuestionResult> questions) {
        List<Judge> judged = contrasts.calibrated(services().judges(), persona.persona(), persona.location(), suite);
        var evaluation = PersonaEvaluation.builder(judged).exemplars(services().exemplars())
                .configuration(configuration).limit(sharedLimit())
                .progress(new QuestionResultsListener(progress(), questions));
        cast.ifPresent(c -> evaluation.swapWith(c::otherThan));
        EvaluationResult result = evaluation.build().run(persona.persona(), persona.tasks(), suite, agent);
        if (result.exemplarsAdded() && suite.file().isPresent()) {
            SuiteFile.write(result.suite(), suite.file().get(), redaction);
        }
        return result;
    }

    /** The persona's evaluation, made when first asked for and then kept for the reports. */
    public EvaluationOnDemand onDemand(RunPersona persona, Supplier<EvaluationResult> evaluation) {
        return new EvaluationOnDemand(this, persona, evaluation);
    }

    /** Compares an evaluated persona with the baseline, or keeps it for the baseline when updating. */
    public GateResult regression(RunPersona persona, EvaluationResult result) {
        return gate().check(run(persona, result));
    }

    /** Keeps an evaluated persona for the reports, which list personas in the order they are kept. */
    public void reported(RunPersona persona, EvaluationResult result) {
        end.add(run(persona, result));
    }

    /**
     * At the end of the run: says which providers went out of reach; when a persona was evaluated, writes this run's
     * baseline entries (when updating) in one step, then the reports, prints the summary table and what the run did to
     * the recordings.
     *
     * @throws RuntimeException the baseline's error, after the reports are written, when it cannot be written
     */
    public void finish() {
        end.finish();
    }

    /** How the run is sliced ({@value ConfigKeys#SLICES} and the keys below it). */
    public SliceSettings sliceSettings() {
        return SliceSettings.from(configuration);
    }

    /**
     * The slices of the personas kept for the reports so far: at the end of the run, the run's slices, as the reports
     * show them.
     */
    public Slices slices() {
        return Slices.of(sliceSettings(), end.evaluated().stream().map(run -> new SlicedPersona(run.id(), run.agent(),
                run.result().persona().attributes(), run.result().score().value())).toList());
    }

    /**
     * The message of every sliced attribute whose flagged gap is above {@value ConfigKeys#SLICES_MAX_GAP}, for a front
     * end without a test of its own for it; empty when none is (or no maximum is set).
     */
    public Optional<String> sliceFailures() {
        SliceSettings settings = sliceSettings();
        if (settings.maxGap().isEmpty()) {
            return Optional.empty();
        }
        Slices slices = slices();
        List<String> failed = settings.attributes().stream().map(a -> new SliceGapCheck(a).evaluate(slices))
                .filter(CheckOutcome::failed).map(CheckOutcome::message).toList();
        return failed.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", failed));
    }

    private static PersonaRun run(RunPersona persona, EvaluationResult result) {
        return new PersonaRun(result, persona.file(), persona.thresholds(), persona.baselineName());
    }

    /** One limit for the whole run: every persona's answers and judge calls share it. */
    private synchronized CallSlots sharedLimit() {
        if (limit == null) {
            limit = new CallSlots(PersonaEvaluation.concurrency(configuration));
        }
        return limit;
    }

    synchronized RegressionGate gate() {
        if (gate == null) {
            gate = RegressionGate.from(configuration);
        }
        return gate;
    }

    Optional<String> reportFolder() {
        return reportFolder;
    }

    /** The model usage, when the services meter it (scripted services do not). */
    Optional<UsageMeter> usage() {
        return madeServices().filter(ConfiguredServices.class::isInstance)
                .map(made -> ((ConfiguredServices) made).access().usage());
    }

    private boolean progressOn() {
        return configuration.getBoolean(ConfigKeys.PROGRESS, ConfigKeys.DEFAULT_PROGRESS);
    }

    /** A progress line for a step the evaluation's listener does not see, unless progress is off. */
    private void step(String line) {
        if (progressOn()) {
            print(line);
        }
    }

    private ProgressListener progress() {
        if (!progressOn()) {
            return ProgressListener.NONE;
        }
        return ConsoleProgress.metered(this::usage, redaction);
    }

    /** How a run is set up beyond its configuration and services. */
    public static final class Builder {

        private final Configuration configuration;
        private final Redaction redaction;
        private final Supplier<GymServices> services;
        private ClasspathListing classpath = ClasspathListing.NONE;
        private Optional<String> reportFolder = Optional.empty();
        private boolean cast;

        private Builder(Configuration configuration, Redaction redaction, Supplier<GymServices> services) {
            this.configuration = Objects.requireNonNull(configuration, "configuration");
            this.redaction = Objects.requireNonNull(redaction, "redaction");
            this.services = Objects.requireNonNull(services, "services");
        }

        /** Lists the persona files beside a persona read from the classpath, to contrast it with them. */
        public Builder classpath(ClasspathListing listing) {
            this.classpath = Objects.requireNonNull(listing, "listing");
            return this;
        }

        /** Writes the reports in this folder of {@value ConfigKeys#REPORT_DIR}, so that another run's stay. */
        public Builder reportFolder(String folder) {
            this.reportFolder = Optional.of(folder);
            return this;
        }

        /**
         * The run knows every persona and its agent before it evaluates any ({@link #cast}, {@link #castComplete}):
         * a persona's swapped mutant then answers as the persona whose id comes next.
         */
        public Builder withCast() {
            this.cast = true;
            return this;
        }

        public RunSession build() {
            return new RunSession(this);
        }
    }
}
