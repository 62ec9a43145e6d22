package io.github.personagym.report;

import io.github.personagym.evaluation.PersonaRun;
import io.github.personagym.Persona;
import io.github.personagym.Task;
import io.github.personagym.Thresholds;
import io.github.personagym.judge.Answer;
import io.github.personagym.judge.JudgedAnswer;
import io.github.personagym.judge.Verdict;
import io.github.personagym.evaluation.EvaluationResult;
import io.github.personagym.evaluation.QuestionResult;
import io.github.personagym.suite.Suite;
import io.github.personagym.suite.SuiteQuestion;
import io.github.personagym.mutants.MutantAnswer;
import io.github.personagym.mutants.MutantKind;
import io.github.personagym.mutants.MutantSettings;
import io.github.personagym.mutants.MutantTrial;
import io.github.personagym.mutants.Mutants;
import io.github.personagym.score.ScoreAggregator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Evaluation results written by hand: scripted answers and verdicts, no agent and no model. */
public final class ScriptedRuns {

    static final String JUDGE_A = "scripted:judge-a";
    static final String JUDGE_B = "scripted:judge-b";

    private final String id;
    private final List<QuestionResult> questions = new ArrayList<>();
    private final Set<String> tasks = new LinkedHashSet<>();
    private final Map<String, Double> taskThresholds = new LinkedHashMap<>();
    private final Map<String, io.github.personagym.TaskKind> judgeFree = new LinkedHashMap<>();
    private OptionalDouble threshold = OptionalDouble.empty();
    private final List<MutantTrial> mutants = new ArrayList<>();
    private boolean mutantsRequired;
    private final Set<String> conversationTasks = new LinkedHashSet<>();
    private String file;
    private final Map<String, String> attributes = new LinkedHashMap<>();

    private ScriptedRuns(String id) {
        this.id = id;
    }

    public static ScriptedRuns persona(String id) {
        return new ScriptedRuns(id);
    }

    /** A question of {@code task} in the Harbour, answered and scored by one judge per score given. */
    public ScriptedRuns answer(String task, String question, String answer, int... scores) {
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            verdicts.add(Verdict.scored(i == 0 ? JUDGE_A : JUDGE_B, scores[i],
                    "scripted: the answer reads like a " + scores[i]));
        }
        return add(task, question, Optional.of(answer), Optional.empty(), verdicts);
    }

    /** Scored {@code scores} times with the same score by two judges each: {@code answers(task, 4, 4, 5)}. */
    public ScriptedRuns answers(String task, int... scores) {
        for (int score : scores) {
            answer(task, task + " question " + (count(task) + 1) + "?", "Aye, answer " + (count(task) + 1), score, score);
        }
        return this;
    }

    /** {@code n} questions of {@code task} answered, and both judges' calls failed: the provider is down. */
    public ScriptedRuns outage(String task, int n) {
        for (int i = 0; i < n; i++) {
            add(task, task + " question " + (count(task) + 1) + "?", Optional.of("Aye, answer " + (count(task) + 1)),
                    Optional.empty(), List.of(Verdict.error(JUDGE_A, "scripted: HTTP 503 after 4 attempts"),
                            Verdict.error(JUDGE_B, "scripted: HTTP 503 after 4 attempts")));
        }
        return this;
    }

    public ScriptedRuns agentError(String task, String question, String error) {
        return add(task, question, Optional.empty(), Optional.of(error), List.of());
    }

    ScriptedRuns unparseable(String task, String question, String answer) {
        return add(task, question, Optional.of(answer), Optional.empty(), List.of(
                Verdict.scored(JUDGE_A, 4, "scripted: fine"),
                Verdict.unparseable(JUDGE_B, "no score found in the reply", "scripted: I like it a lot")));
    }

    /**
     * A mutant kind judged on {@code Expected Action} questions, one answer per score given ({@code null}: the
     * judge gave none).
     */
    ScriptedRuns mutant(MutantKind kind, Integer... scores) {
        List<MutantAnswer> answers = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            String key = "expected-action-" + (i + 1);
            Verdict verdict = scores[i] == null ? Verdict.error(JUDGE_A, "scripted: HTTP 500")
                    : Verdict.scored(JUDGE_A, scores[i], "scripted: the mutant reads like a " + scores[i]);
            answers.add(new MutantAnswer(new JudgedAnswer(Task.EXPECTED_ACTION, "Harbour", Answer.withoutExemplars(
                    key, "Question " + (i + 1) + "?", kind.id() + " mutant answer " + (i + 1)), List.of(verdict)),
                    Optional.empty()));
        }
        var score = new ScoreAggregator().aggregate(List.of(Task.EXPECTED_ACTION),
                answers.stream().map(MutantAnswer::judged).toList());
        mutants.add(new MutantTrial(kind, answers, score, List.of("scripted " + kind.id())));
        return this;
    }

    /** Surviving mutants fail the persona. */
    ScriptedRuns mutantsRequired() {
        mutantsRequired = true;
        return this;
    }

    /** Read from {@code file} (by default {@code classpath:personas/<id>.yaml}). */
    ScriptedRuns file(String file) {
        this.file = file;
        return this;
    }

    /** An attribute of the persona file, as {@code attributes:} gives it. */
    ScriptedRuns attribute(String name, String value) {
        attributes.put(name, value);
        return this;
    }

    ScriptedRuns threshold(double min) {
        threshold = OptionalDouble.of(min);
        return this;
    }

    ScriptedRuns taskThreshold(String task, double min) {
        taskThresholds.put(task, min);
        return this;
    }

    /**
     * A conversation of {@code task}, one turn per score given ({@code null}: the judge abstained on that turn); each
     * turn is asked after the earlier turns and their scripted answers.
     */
    ScriptedRuns conversation(String task, Integer... scores) {
        tasks.add(task);
        conversationTasks.add(task);
        List<io.github.personagym.Turn> history = new ArrayList<>();
        for (int n = 1; n <= scores.length; n++) {
            String key = io.github.personagym.suite.ConversationTurn.key("voyage", n);
            String message = "Scripted message " + n + " of the voyage?";
            String reply = "Aye, scripted reply " + n + ", lad.";
            Verdict verdict = scores[n - 1] == null ? Verdict.abstained(JUDGE_A, "scripted: cannot tell")
                    : Verdict.scored(JUDGE_A, scores[n - 1], "scripted: turn " + n + " reads like a " + scores[n - 1]);
            var question = new SuiteQuestion(key, task, "Harbour", message, Optional.empty(), 0, Optional.empty(),
                    List.of(), Optional.of(new io.github.personagym.suite.ConversationTurn("voyage", n, scores.length)));
            questions.add(new QuestionResult(question, Optional.of(reply), Optional.empty(), new JudgedAnswer(task,
                    "Harbour", new Answer(key, message, reply, Optional.empty(), history), List.of(verdict))));
            history.add(io.github.personagym.Turn.user(message));
            history.add(io.github.personagym.Turn.persona(reply));
        }
        return this;
    }

    /** A multiple-choice question of a judge-free task, and the agent's reply. */
    ScriptedRuns choice(String task, String question, io.github.personagym.metric.Choices choices, String reply) {
        return measured(task, question, choices, reply);
    }

    /** A reference-answer question of a judge-free task, and the agent's reply. */
    ScriptedRuns reference(String task, String question, String reference, String reply) {
        return measured(task, question, new io.github.personagym.metric.ReferenceAnswer(reference), reply);
    }

    private ScriptedRuns measured(String task, String question, io.github.personagym.metric.AnswerKey key, String reply) {
        judgeFree.put(task, key.kind());
        String questionKey = task.toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + (count(task) + 1);
        var suiteQuestion = new SuiteQuestion(questionKey, task, "Harbour", question, Optional.empty(), 0,
                Optional.of(key));
        questions.add(new QuestionResult(suiteQuestion, Optional.of(reply), Optional.empty(), new JudgedAnswer(task,
                "Harbour", Answer.withoutExemplars(questionKey, question, reply), List.of()),
                Optional.of(io.github.personagym.metric.Measurement.of(key, reply))));
        return this;
    }

    public PersonaRun build() {
        Persona persona = new Persona(id, Optional.of("Scripted " + id), "A retired sea captain.", attributes,
                Optional.empty(), List.of("Harbour"), List.of(), Thresholds.NONE, Optional.empty(), Optional.empty());
        Suite suite = new Suite(id, "sha256:scripted", "hand-written", List.of("Harbour"),
                questions.stream().map(QuestionResult::question).toList(), Optional.empty());
        var score = new ScoreAggregator().aggregate(List.copyOf(tasks),
                questions.stream().filter(q -> tasks.contains(q.task())).map(QuestionResult::judged).toList());
        var metrics = judgeFree.entrySet().stream().map(task -> new ScoreAggregator().metric(task.getKey(),
                task.getValue(), questions.stream().filter(q -> q.task().equals(task.getKey()))
                        .flatMap(q -> q.measured().stream()).toList(), 0)).toList();
        Optional<Mutants> judged = mutants.isEmpty() ? Optional.empty() : Optional.of(new Mutants(
                new MutantSettings(true, 2, mutantsRequired), mutants, mutants.size(), 0));
        var conversations = conversationTasks.stream().map(task -> new ScoreAggregator().conversation(task,
                questions.stream().filter(q -> q.task().equals(task)).map(q -> new io.github.personagym.score
                        .ConversationScore.TurnResult(q.question().turn().orElseThrow().number(), q.score())).toList(),
                1.0)).toList();
        return new PersonaRun(new EvaluationResult(persona, suite, questions, score, false, judged, metrics,
                conversations),
                file == null ? "classpath:personas/" + id + ".yaml" : file, new Thresholds(threshold, taskThresholds));
    }

    private ScriptedRuns add(String task, String question, Optional<String> answer, Optional<String> error,
                             List<Verdict> verdicts) {
        tasks.add(task);
        String key = task.toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + (count(task) + 1);
        var suiteQuestion = new SuiteQuestion(key, task, "Harbour", question, Optional.empty(), 0);
        var judged = new JudgedAnswer(task, "Harbour",
                Answer.withoutExemplars(key, question, answer.orElse("")), verdicts);
        questions.add(new QuestionResult(suiteQuestion, answer, error, judged));
        return this;
    }

    private int count(String task) {
        return (int) questions.stream().filter(q -> q.task().equals(task)).count();
    }
}
