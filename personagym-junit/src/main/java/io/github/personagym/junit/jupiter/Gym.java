package io.github.personagym.junit.jupiter;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import io.github.personagym.Persona;
import io.github.personagym.PersonaAgent;
import io.github.personagym.Task;
import io.github.personagym.Thresholds;
import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.Configuration;
import io.github.personagym.config.KeyCheck;
import io.github.personagym.config.UnknownKey;
import io.github.personagym.evaluation.EvaluationResult;
import io.github.personagym.services.JudgesInForce;
import io.github.personagym.suite.Suite;
import io.github.personagym.suite.SuiteQuestion;
import io.github.personagym.plan.TestPlans;
import io.github.personagym.judge.Answer;
import io.github.personagym.judge.EnsembleJudge;
import io.github.personagym.judge.Judge;
import io.github.personagym.judge.JudgedAnswer;
import io.github.personagym.judge.ScoreExemplars;
import io.github.personagym.judge.Verdict;
import io.github.personagym.run.ClasspathPersonas;
import io.github.personagym.mutants.MutantSettings;
import io.github.personagym.plan.PersonaNotEvaluated;
import io.github.personagym.plan.PersonaTestPlan;
import io.github.personagym.services.ConfiguredServices;
import io.github.personagym.plan.ThresholdScales;
import io.github.personagym.services.ConfiguredServices;
import io.github.personagym.run.EvaluationOnDemand;
import io.github.personagym.run.PersonaFileLocation;
import io.github.personagym.run.PersonaFiles;
import io.github.personagym.run.RunPersona;
import io.github.personagym.run.RunSession;
import io.github.personagym.slice.SliceSettings;
import io.github.personagym.task.TaskCatalog;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The gym for ordinary Jupiter tests: a persona's suite, its evaluation with the configured judges, one
 * answer judged, and the engine's test tree as dynamic tests. Configured like the engine ({@link ConfigKeys});
 * the {@link PersonaGymExtension} injects one per run, and {@link #from(Configuration)} makes one anywhere.
 * A gym is a Jupiter adapter over one {@link RunSession}, the run the engine runs too: all evaluations of one gym
 * share the {@value ConfigKeys#CONCURRENCY} limit, and the offline judge contrasts a persona with the same personas
 * as in the engine (those beside its file and the others of the run). With
 * {@value ConfigKeys#BASELINE_UPDATE}{@code =true}, the baseline entries of its regression checks are written when
 * the gym is closed: the extension closes its gym at the end of the run.
 */
@API(status = STABLE, since = "0.1")
public final class Gym implements AutoCloseable {

    /** The baseline name of dynamic tests that do not give one. */
    public static final String DEFAULT_BASELINE_NAME = "jupiter";

    /** The folder of the Jupiter reports within the report folder, so that a build that runs the engine too keeps both. */
    static final String REPORT_FOLDER = "jupiter";

    private final Configuration configuration;
    private final RunSession session;
    /** Each persona's suite, read or made once per run. */
    private final Map<String, Suite> suites = new ConcurrentHashMap<>();

    private Gym(Configuration configuration) {
        this.configuration = configuration;
        ConfiguredServices services = new ConfiguredServices(configuration);
        this.session = RunSession.builder(configuration, services.access().redaction(), () -> services)
                .classpath(pattern -> new ClasspathPersonas(classLoader()).resolve(pattern))
                .reportFolder(REPORT_FOLDER).build();
    }

    /**
     * A gym configured by {@code configuration}: judges, generator, suite folder, concurrency. It prints, one
     * line each, a warning per unknown {@code personagym.*} name and per API key given as a system property, the
     * judges in force and why, and what to know about them.
     *
     * @throws IllegalArgumentException when a name in the configuration is a likely typo of a PersonaGym key,
     *                                  naming the key it most likely meant, or when the {@code personagym.slices}
     *                                  keys cannot be read, saying what they take
     */
    public static Gym from(Configuration configuration) {
        Objects.requireNonNull(configuration, "configuration");
        List<UnknownKey> unknown = KeyCheck.check(configuration);
        List<String> typos = unknown.stream().filter(UnknownKey::likelyTypo).map(UnknownKey::message).toList();
        if (!typos.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", typos));
        }
        SliceSettings.from(configuration); // slice settings that cannot be read fail here, not at the end of the run
        Gym gym = new Gym(configuration);
        gym.session.start(unknown);
        return gym;
    }

    /** The judges of this gym and why they are in force; its notes include a baseline made with other judges. */
    public JudgesInForce judgesInForce() {
        return session.judgesInForce();
    }

    /** The tasks personas are evaluated on. */
    public TaskCatalog tasks() {
        return session.services().tasks();
    }

    /**
     * The judges of the ensemble ({@value ConfigKeys#JUDGES}; the offline judge when unset), never empty.
     *
     * @throws IllegalStateException when a configured judge's provider cannot be used, saying how to configure it
     */
    public List<Judge> judges() {
        return session.services().judges();
    }

    /** The configured judge: the only judge, or the ensemble of all of them. */
    public Judge judge() {
        List<Judge> all = judges();
        return all.size() == 1 ? all.get(0) : new EnsembleJudge(all);
    }

    /**
     * The persona's suite: the committed one in {@value ConfigKeys#SUITE_DIR}, or one the generator makes and
     * writes there.
     *
     * @throws TestAbortedException when there is no suite and no generator to make one, saying how to get one
     * @throws PersonaNotEvaluated  when the suite was made for an earlier version of the persona, saying how to
     *                              make it anew (the engine fails the persona with the same message)
     */
    public Suite suite(Persona persona) {
        Suite suite = suites.computeIfAbsent(persona.id(), id -> findOrMake(persona));
        session.register(persona, () -> Optional.ofNullable(suites.get(persona.id())));
        return suite;
    }

    private Suite findOrMake(Persona persona) {
        PersonaFiles.PersonaSuite found = session.files().suite(persona);
        if (found.stale().isPresent()) {
            throw new PersonaNotEvaluated(found.stale().get());
        }
        if (found.suite().isPresent()) {
            return found.suite().get();
        }
        if (!session.canGenerate()) {
            String why = session.noSuiteReason(persona);
            session.skipped(persona.id(), persona.id(), why);
            throw new TestAbortedException(why);
        }
        return session.generate(persona, tasksOf(persona));
    }

    /**
     * Evaluates the persona on its suite: the agent answers every question, the configured judges score them (the
     * offline judge contrasted with the personas beside the persona's file and the others this gym has seen).
     */
    public EvaluationResult evaluate(Persona persona, PersonaAgent agent) {
        Suite suite = suite(persona);
        EvaluationResult result = session.evaluate(runPersona(persona, DEFAULT_BASELINE_NAME), suite, agent,
                question -> { });
        if (result.exemplarsAdded()) {
            suites.put(persona.id(), result.suite());
        }
        return result;
    }

    /**
     * Judges one answer to a question of the persona's suite, with the question's exemplars (made by the
     * generator when the suite has none). The judges of a dialogue question see its earlier turns; a turn of a
     * conversation is judged as a single message (its history is the agent's own answers: use
     * {@link #judge(Persona, SuiteQuestion, List, String)} to give it).
     */
    public JudgedAnswer judge(Persona persona, SuiteQuestion question, String answer) {
        return judge(persona, question, question.context(), answer);
    }

    /**
     * Judges one answer to a question of the persona's suite given after the earlier turns {@code history} (oldest
     * first), which the judges see, with the question's exemplars.
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2")
    public JudgedAnswer judge(Persona persona, SuiteQuestion question, List<io.github.personagym.Turn> history,
                              String answer) {
        Task task = tasks().require(question.task());
        Optional<ScoreExemplars> exemplars = question.exemplars().or(() -> madeExemplars(persona, task, question));
        var judged = new Answer(question.key(), question.text(), answer, exemplars, history);
        List<Verdict> verdicts = judges().stream().map(judge -> judge.judge(persona, task, judged)).toList();
        return new JudgedAnswer(task.name(), question.environment(), judged, verdicts);
    }

    /**
     * Judges one answer to any question. Its exemplars come from the persona's suite when the suite has this
     * very question, else from the generator; the offline judge cannot score an answer without them.
     */
    public JudgedAnswer judge(Persona persona, String task, String question, String answer) {
        String taskName = tasks().require(task).name();
        SuiteQuestion asked = committedSuite(persona).flatMap(suite -> suite.questions(taskName).stream()
                        .filter(q -> q.text().strip().equals(question.strip())).findFirst())
                .orElse(new SuiteQuestion("question", taskName, "(any)", question, Optional.empty(), 0));
        return judge(persona, asked, answer);
    }

    /**
     * The engine's test tree for a {@code @TestFactory}: environment › task › question, where a question
     * fails only when its answer or verdict failed, then "<task> score ≥ t" for each task threshold and
     * "PersonaScore ≥ t" (thresholds from the persona file, else {@value ConfigKeys#MIN_PERSONA_SCORE}). The
     * persona is evaluated once, when the first of these tests runs.
     */
    public Stream<DynamicNode> dynamicTests(Persona persona, PersonaAgent agent) {
        return dynamicTests(persona, agent, DEFAULT_BASELINE_NAME);
    }

    /**
     * As {@link #dynamicTests(Persona, PersonaAgent)}, with the name under which the persona is kept in the
     * baseline file ({@code <baselineName>/<persona id>}), like {@code @PersonaGymTest(baseline = ...)}.
     */
    public Stream<DynamicNode> dynamicTests(Persona persona, PersonaAgent agent, String baselineName) {
        Suite suite = suite(persona);
        RunPersona run = runPersona(persona, baselineName);
        EvaluationOnDemand evaluation = session.onDemand(run, () -> evaluate(persona, agent));
        PersonaTestPlan plan = TestPlans.of(persona, run.tasks(), suite, run.thresholds(),
                MutantSettings.from(configuration).enabled(), io.github.personagym.plan.DriftCheck.maxDrop(configuration));
        return new DynamicTree(plan, evaluation::result, () -> evaluation.gate().outcome(), session.redaction())
                .nodes();
    }

    /**
     * Ends the gym's run: writes the baseline entries of its regression checks, when updating, in one step (merged
     * with what the file holds at that moment), and prints what was written and what was not; then writes the
     * reports of the personas its dynamic tests evaluated ({@code jupiter/report.json}, {@code report.html} and
     * {@code scores/} in {@value ConfigKeys#REPORT_DIR}) and prints the summary table. Close a gym made with
     * {@link #from(Configuration)} after its tests ran; the {@link PersonaGymExtension} closes its own at the end
     * of the run.
     *
     * @throws IllegalStateException        when the baseline is of a schema version this build does not read
     * @throws java.io.UncheckedIOException when the baseline cannot be locked or written, or the reports cannot
     *                                      be written
     * @throws AssertionFailedError         after the reports are written, when a sliced attribute has a flagged gap
     *                                      above {@value ConfigKeys#SLICES_MAX_GAP}: the engine has a test for it,
     *                                      Jupiter's dynamic tests end before the run does, so the run fails here
     */
    @Override
    public void close() {
        session.finish();
        Optional<String> sliceFailures = session.sliceFailures();
        if (sliceFailures.isPresent()) {
            session.print("FAILED " + sliceFailures.get().lines().findFirst().orElse(""));
            throw new AssertionFailedError(sliceFailures.get());
        }
    }

    private RunPersona runPersona(Persona persona, String baselineName) {
        return new RunPersona(persona, persona.source().map(PersonaFileLocation::ofSource), tasksOf(persona),
                thresholds(persona), baselineName);
    }

    private List<Task> tasksOf(Persona persona) {
        return tasks().select(persona.tasks());
    }

    /**
     * The persona file's thresholds, else {@value ConfigKeys#MIN_PERSONA_SCORE}.
     *
     * @throws IllegalArgumentException when a task threshold is off its task's scale, naming the file (as the engine
     *                                  fails the persona with the same message)
     */
    private Thresholds thresholds(Persona persona) {
        String file = persona.source().map(source -> PersonaFileLocation.ofSource(source).display())
                .orElse("persona '" + persona.id() + "'");
        var catalog = session.services().tasks();
        Thresholds fromFile;
        try {
            fromFile = catalog.canonical(persona.thresholds());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        ThresholdScales.checkPersonaFile(persona, fromFile, tasksOf(persona), file,
                task -> catalog.keyFor(persona.thresholds(), task), null);
        OptionalDouble configured = configuration.get(ConfigKeys.MIN_PERSONA_SCORE).isPresent()
                ? OptionalDouble.of(configuration.getDouble(ConfigKeys.MIN_PERSONA_SCORE, 0)) : OptionalDouble.empty();
        return fromFile.orElse(new Thresholds(configured, Map.of()));
    }

    private Optional<Suite> committedSuite(Persona persona) {
        try {
            return Optional.of(suite(persona));
        } catch (TestAbortedException e) {
            return Optional.empty();
        }
    }

    private Optional<ScoreExemplars> madeExemplars(Persona persona, Task task, SuiteQuestion question) {
        return Optional.ofNullable(session.services().exemplars().make(persona, task, List.of(question))
                .get(question.key()));
    }

    private static ClassLoader classLoader() {
        return Optional.ofNullable(Thread.currentThread().getContextClassLoader()).orElse(Gym.class.getClassLoader());
    }
}
