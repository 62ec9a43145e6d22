package io.github.personagym.plan;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.github.personagym.Thresholds;
import io.github.personagym.score.ScoreText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Builds a persona's {@link PersonaTestPlan} from its suite and thresholds. Questions are grouped by environment (in
 * the suite's order of environments, then in order of first use), then by task (in the order of the persona's
 * tasks); a question of a task the persona is not tested on is left out, and so is an environment left empty.
 * Then come the checks: a task score check per task threshold, a drift check per conversation task, the PersonaScore check, the regression check and,
 * with mutants, the mutants check.
 */
@API(status = INTERNAL, since = "0.1")
public final class PlanBuilder {

    /** A question of the suite, as the plan needs it. */
    public record SuiteEntry(String key, String task, String environment, int line) {

        public SuiteEntry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(environment, "environment");
        }
    }

    private final String personaId;
    private List<String> tasks = List.of();
    private List<String> environments = List.of();
    private List<SuiteEntry> questions = List.of();
    private Optional<String> personaSource = Optional.empty();
    private Optional<String> suiteSource = Optional.empty();
    private Thresholds thresholds = Thresholds.NONE;
    private boolean mutants;
    private Map<String, io.github.personagym.TaskKind> kinds = Map.of();
    private List<String> conversationTasks = List.of();
    private double driftDrop = io.github.personagym.config.ConfigKeys.DEFAULT_DRIFT_DROP;

    private PlanBuilder(String personaId) {
        this.personaId = Objects.requireNonNull(personaId, "personaId");
    }

    public static PlanBuilder forPersona(String personaId) {
        return new PlanBuilder(personaId);
    }

    /** The names of the tasks the persona is tested on, in order. */
    public PlanBuilder tasks(List<String> taskNames) {
        this.tasks = List.copyOf(taskNames);
        return this;
    }

    /**
     * The kinds of the tasks that are not rubric tasks, by task name: their threshold checks are named by their metric
     * ({@code Sea Knowledge accuracy ≥ 0.80}).
     */
    public PlanBuilder kinds(Map<String, io.github.personagym.TaskKind> taskKinds) {
        this.kinds = Map.copyOf(taskKinds);
        return this;
    }

    /** The suite's environments in its order, and its questions in its order. */
    public PlanBuilder suite(List<String> suiteEnvironments, List<SuiteEntry> suiteQuestions) {
        this.environments = List.copyOf(suiteEnvironments);
        this.questions = List.copyOf(suiteQuestions);
        return this;
    }

    /** Where the persona file is ({@code Persona.source()}): the checks point at its first line. */
    public PlanBuilder personaSource(Optional<String> source) {
        this.personaSource = Objects.requireNonNull(source, "source");
        return this;
    }

    /** Where the suite file is: each question test points at its line. */
    public PlanBuilder suiteSource(Optional<String> source) {
        this.suiteSource = Objects.requireNonNull(source, "source");
        return this;
    }

    public PlanBuilder thresholds(Thresholds applied) {
        this.thresholds = Objects.requireNonNull(applied, "applied");
        return this;
    }

    /** Ends the plan with the "mutants caught" check. */
    public PlanBuilder mutants(boolean judged) {
        this.mutants = judged;
        return this;
    }

    /** Adds a drift check per conversation task: its drift must not fall below {@code -maxDrop}. */
    public PlanBuilder conversations(List<String> taskNames, double maxDrop) {
        this.conversationTasks = List.copyOf(taskNames);
        this.driftDrop = maxDrop;
        return this;
    }

    public PersonaTestPlan build() {
        List<PlanNode> nodes = new ArrayList<>();
        byEnvironment().forEach((environment, byTask) -> {
            if (!byTask.isEmpty()) {
                nodes.add(environment(environment, byTask));
            }
        });
        nodes.addAll(checks());
        return new PersonaTestPlan(personaId, nodes);
    }

    private Map<String, Map<String, List<SuiteEntry>>> byEnvironment() {
        Map<String, Map<String, List<SuiteEntry>>> byEnvironment = new LinkedHashMap<>();
        environments.forEach(environment -> byEnvironment.put(environment, new LinkedHashMap<>()));
        for (String task : tasks) {
            questions.stream().filter(q -> q.task().equals(task)).forEach(q -> byEnvironment
                    .computeIfAbsent(q.environment(), e -> new LinkedHashMap<>())
                    .computeIfAbsent(task, t -> new ArrayList<>()).add(q));
        }
        return byEnvironment;
    }

    private PlanContainer environment(String environment, Map<String, List<SuiteEntry>> byTask) {
        String name = personaId + PersonaTestPlan.PATH + environment;
        List<PlanNode> taskNodes = new ArrayList<>();
        byTask.forEach((task, entries) -> {
            String taskName = name + PersonaTestPlan.PATH + task;
            List<PlanNode> questionNodes = entries.stream().<PlanNode>map(q -> new PlannedQuestion(
                    new PlanKey(PlanKey.QUESTION, q.key()), taskName + PersonaTestPlan.PATH + q.key(), q.key(),
                    suiteSource.filter(s -> q.line() > 0).map(s -> new SourcePosition(s, q.line())))).toList();
            taskNodes.add(new PlanContainer(new PlanKey(PlanKey.TASK, task), taskName, questionNodes));
        });
        return new PlanContainer(new PlanKey(PlanKey.ENVIRONMENT, environment), name, taskNodes);
    }

    private List<PlannedCheck> checks() {
        String prefix = personaId + PersonaTestPlan.PATH;
        Optional<SourcePosition> source = personaSource.map(s -> new SourcePosition(s, 1));
        List<PlannedCheck> checks = new ArrayList<>();
        for (String task : tasks) {
            io.github.personagym.TaskKind kind = kinds.getOrDefault(task, io.github.personagym.TaskKind.RUBRIC);
            thresholds.task(task).ifPresent(min -> checks.add(new PlannedCheck(new PlanKey(PlanKey.CHECK, "task:" + task),
                    prefix + ThresholdScales.checkName(task, kind, min), new TaskScoreCheck(task, min), source)));
        }
        for (String task : conversationTasks) {
            checks.add(new PlannedCheck(new PlanKey(PlanKey.CHECK, "drift:" + task),
                    prefix + DriftCheck.name(task, driftDrop), new DriftCheck(task, driftDrop), source));
        }
        OptionalDouble min = thresholds.personaScore();
        String name = min.isPresent() ? "PersonaScore \u2265 " + ScoreText.bound(min.getAsDouble()) : "PersonaScore";
        checks.add(new PlannedCheck(new PlanKey(PlanKey.CHECK, "persona-score"), prefix + name,
                new PersonaScoreCheck(min), source));
        checks.add(new PlannedCheck(new PlanKey(PlanKey.CHECK, "regression"), prefix + "no regression against baseline",
                new RegressionCheck(), source));
        if (mutants) {
            checks.add(new PlannedCheck(new PlanKey(PlanKey.CHECK, "mutants"), prefix + "mutants caught",
                    new MutantsCheck(min), source));
        }
        return checks;
    }
}
