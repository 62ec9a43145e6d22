package io.github.personagym.junit.jupiter;

import io.github.personagym.Persona;
import io.github.personagym.PersonaAgent;
import io.github.personagym.Task;
import io.github.personagym.Thresholds;
import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.Configuration;
import io.github.personagym.config.KeyCheck;
import io.github.personagym.config.UnknownKey;
import io.github.personagym.judge.Answer;
import io.github.personagym.judge.EnsembleJudge;
import io.github.personagym.judge.Judge;
import io.github.personagym.judge.PersonaCalibratedJudge;
import io.github.personagym.judge.JudgedAnswer;
import io.github.personagym.judge.ScoreExemplars;
import io.github.personagym.judge.Verdict;
import io.github.personagym.gym.ConfiguredModels;
import io.github.personagym.gym.EvaluationResult;
import io.github.personagym.gym.JudgesInForce;
import io.github.personagym.gym.PersonaEvaluation;
import io.github.personagym.gym.Suite;
import io.github.personagym.gym.SuiteQuestion;
import io.github.personagym.gym.ProgressListener;
import io.github.personagym.gym.TestPlans;
import io.github.personagym.report.ConsoleProgress;
import io.github.personagym.report.PersonaRun;
import io.github.personagym.report.RegressionGate;
import io.github.personagym.llm.ApiKeys;
import io.github.personagym.mutants.MutantSettings;
import io.github.personagym.plan.CheckOutcome;
import io.github.personagym.plan.PersonaNotEvaluated;
import io.github.personagym.plan.PersonaTestPlan;
import io.github.personagym.task.TaskCatalog;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.opentest4j.TestAbortedException;

/**
 * The gym for ordinary Jupiter tests: a persona's suite, its evaluation with the configured judges, one
 * answer judged, and the engine's test tree as dynamic tests. Configured like the engine ({@link ConfigKeys});
 * the {@link PersonaGymExtension} injects one per run, and {@link #from(Configuration)} makes one anywhere.
 * All evaluations of one gym share the {@value ConfigKeys#CONCURRENCY} limit. With
 * {@value ConfigKeys#BASELINE_UPDATE}{@code =true}, the baseline entries of its regression checks are written when
 * the gym is closed: the extension closes its gym at the end of the run.
 */
public final class Gym implements AutoCloseable {

    private final Configuration configuration;
    private final ConfiguredModels models;
    private final PersonaSuites suites;
    private final Semaphore limit;
    private final RunReports reports;
    private List<Judge> judges;
    private RegressionGate gate;

    /** The baseline name of dynamic tests that do not give one. */
    public static final String DEFAULT_BASELINE_NAME = "jupiter";

    private Gym(Configuration configuration) {
        this.configuration = configuration;
        this.models = new ConfiguredModels(configuration);
        this.suites = new PersonaSuites(configuration, models);
        this.limit = new Semaphore(PersonaEvaluation.concurrency(configuration), true);
        this.reports = new RunReports(configuration, models.access().redaction());
    }

    /**
     * A gym configured by {@code configuration}: judges, generator, suite folder, concurrency. It prints, one
     * line each, a warning per unknown {@code personagym.*} name and per API key given as a system property, the
     * judges in force and why, and what to know about them.
     *
     * @throws IllegalArgumentException when a name in the configuration is a likely typo of a PersonaGym key,
     *                                  naming the key it most likely meant
     */
    public static Gym from(Configuration configuration) {
        Objects.requireNonNull(configuration, "configuration");
        List<UnknownKey> unknown = KeyCheck.check(configuration);
        List<String> typos = unknown.stream().filter(UnknownKey::likelyTypo).map(UnknownKey::message).toList();
        if (!typos.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", typos));
        }
        Gym gym = new Gym(configuration);
        unknown.forEach(key -> gym.print("WARNING " + key.message()));
        ApiKeys.systemPropertyWarnings(configuration).forEach(gym::print);
        try {
            gym.judgesInForce().lines().forEach(gym::print);
        } catch (RuntimeException e) {
            // the judges cannot be made: each use of them fails with this message; it is said once here too
            gym.print("ERROR " + e.getMessage());
        }
        return gym;
    }

    /** The judges of this gym and why they are in force; its notes include a baseline made with other judges. */
    public JudgesInForce judgesInForce() {
        JudgesInForce inForce = models.judgesInForce();
        List<String> ids = judges().stream().map(Judge::id).distinct().sorted().toList();
        return gate().judgesNote(ids).map(inForce::withNote).orElse(inForce);
    }

    private void print(String line) {
        System.out.println("[personagym] " + models.access().redaction().redact(line));
    }

    /** The tasks personas are evaluated on. */
    public TaskCatalog tasks() {
        return models.tasks();
    }

    /**
     * The judges of the ensemble ({@value ConfigKeys#JUDGES}; the offline judge when unset), never empty.
     *
     * @throws IllegalStateException when a configured judge's provider cannot be used, saying how to configure it
     */
    public synchronized List<Judge> judges() {
        if (judges == null) {
            judges = models.judges();
        }
        return judges;
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
        return suites.suite(persona, tasksOf(persona));
    }

    /** Evaluates the persona on its suite: the agent answers every question, the configured judges score them. */
    public EvaluationResult evaluate(Persona persona, PersonaAgent agent) {
        Suite suite = suite(persona);
        // the offline judge calibrates on the persona's suite; the Jupiter path has no other personas to contrast
        List<Judge> calibrated = judges().stream().map(judge -> judge instanceof PersonaCalibratedJudge c
                ? c.calibrated(persona, suite.questions().stream().flatMap(q -> q.exemplars().stream()).toList(),
                        java.util.Map.of())
                : judge).toList();
        EvaluationResult result = PersonaEvaluation.builder(calibrated).exemplars(models.exemplars())
                .configuration(configuration).limit(limit).progress(progress()).build()
                .run(persona, tasksOf(persona), suite, agent);
        if (result.exemplarsAdded()) {
            suites.update(result.suite());
        }
        return result;
    }

    /**
     * Judges one answer to a question of the persona's suite, with the question's exemplars (made by the
     * generator when the suite has none).
     */
    public JudgedAnswer judge(Persona persona, SuiteQuestion question, String answer) {
        Task task = models.tasks().require(question.task());
        Optional<ScoreExemplars> exemplars = question.exemplars().or(() -> madeExemplars(persona, task, question));
        var judged = new Answer(question.key(), question.text(), answer, exemplars);
        List<Verdict> verdicts = judges().stream().map(judge -> judge.judge(persona, task, judged)).toList();
        return new JudgedAnswer(task.name(), question.environment(), judged, verdicts);
    }

    /**
     * Judges one answer to any question. Its exemplars come from the persona's suite when the suite has this
     * very question, else from the generator; the offline judge cannot score an answer without them.
     */
    public JudgedAnswer judge(Persona persona, String task, String question, String answer) {
        String taskName = models.tasks().require(task).name();
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
        Thresholds thresholds = thresholds(persona);
        String file = persona.source().orElse(persona.id());
        var evaluation = new Memo<>(() -> reports.add(new PersonaRun(evaluate(persona, agent), file, thresholds,
                baselineName)));
        Supplier<CheckOutcome> regression = () -> gate().check(new PersonaRun(evaluation.get(), file, thresholds,
                baselineName)).outcome();
        PersonaTestPlan plan = TestPlans.of(persona, tasksOf(persona), suite, thresholds,
                MutantSettings.from(configuration).enabled());
        return new DynamicTree(plan, evaluation, regression, models.access().redaction()).nodes();
    }

    private ProgressListener progress() {
        if (!configuration.getBoolean(ConfigKeys.PROGRESS, true)) {
            return ProgressListener.NONE;
        }
        return ConsoleProgress.toSystemOut(() -> Optional.of(models.access().usage().total()),
                models.access().redaction());
    }

    private synchronized RegressionGate gate() {
        if (gate == null) {
            gate = RegressionGate.from(configuration);
        }
        return gate;
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
     */
    @Override
    public void close() {
        RegressionGate used;
        synchronized (this) {
            used = gate;
        }
        try {
            if (used != null) {
                used.writeUpdates().forEach(this::print);
            }
        } finally {
            reports.write(this::gate, Optional.of(models.access().usage().bySpec()), this::judgesInForceIfAny);
        }
    }

    private Optional<JudgesInForce> judgesInForceIfAny() {
        try {
            return Optional.of(judgesInForce());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private List<Task> tasksOf(Persona persona) {
        return models.tasks().select(persona.tasks());
    }

    private Thresholds thresholds(Persona persona) {
        OptionalDouble configured = configuration.get(ConfigKeys.MIN_PERSONA_SCORE).isPresent()
                ? OptionalDouble.of(configuration.getDouble(ConfigKeys.MIN_PERSONA_SCORE, 0)) : OptionalDouble.empty();
        return persona.thresholds().orElse(new Thresholds(configured, Map.of()));
    }

    private Optional<Suite> committedSuite(Persona persona) {
        try {
            return Optional.of(suite(persona));
        } catch (TestAbortedException e) {
            return Optional.empty();
        }
    }

    private Optional<ScoreExemplars> madeExemplars(Persona persona, Task task, SuiteQuestion question) {
        return Optional.ofNullable(models.exemplars().make(persona, task, List.of(question)).get(question.key()));
    }
}
