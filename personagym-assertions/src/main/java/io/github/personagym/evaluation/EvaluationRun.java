package io.github.personagym.evaluation;

import io.github.personagym.config.Durations;
import io.github.personagym.llm.UsageMeter;
import io.github.personagym.suite.Suite;
import io.github.personagym.suite.SuiteQuestion;
import io.github.personagym.Persona;
import io.github.personagym.PersonaAgent;
import io.github.personagym.Task;
import io.github.personagym.TaskKind;
import io.github.personagym.Turn;
import io.github.personagym.judge.Answer;
import io.github.personagym.judge.Judge;
import io.github.personagym.judge.JudgedAnswer;
import io.github.personagym.judge.ScoreExemplars;
import io.github.personagym.judge.Verdict;
import io.github.personagym.llm.Redaction;
import io.github.personagym.metric.Measurement;
import io.github.personagym.mutants.Mutants;
import io.github.personagym.score.ConversationScore;
import io.github.personagym.score.MetricScore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One evaluation of one persona, as a graph of futures: per question an agent answer; per batch of a
 * task's questions the missing exemplars, made while the agent answers; per batch and judge one judge call,
 * started once the batch's answers and exemplars are there.
 */
final class EvaluationRun {

    /** The agent's answer to one question, or why there is none. */
    record Reply(Optional<String> text, Optional<String> error) {

        static Reply of(String text) {
            return new Reply(Optional.of(text), Optional.empty());
        }

        static Reply failed(String error) {
            return new Reply(Optional.empty(), Optional.of(error));
        }
    }

    private final EvaluationSettings settings;
    private final Persona persona;
    private final Map<String, Task> tasks = new LinkedHashMap<>();
    private final Suite suite;
    private final PersonaAgent agent;
    private final Map<String, ScoreExemplars> made = new ConcurrentHashMap<>();
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicInteger judged = new AtomicInteger();
    private final Map<String, CompletableFuture<Reply>> replies = new HashMap<>();
    /** The earlier turns each question was asked after: a dialogue question's context, a conversation turn's history. */
    private final Map<String, List<Turn>> contexts = new ConcurrentHashMap<>();
    private Executor executor;
    private int total;
    private final java.util.Queue<CompletableFuture<CallSlots.Slot>> takes = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private volatile boolean closed;

    EvaluationRun(EvaluationSettings settings, Persona persona, List<Task> tasks, Suite suite, PersonaAgent agent) {
        this.settings = settings;
        this.persona = persona;
        tasks.forEach(task -> this.tasks.putIfAbsent(task.name(), task));
        this.suite = suite;
        this.agent = agent;
    }

    EvaluationResult run() {
        Optional<ExecutorService> ownThreads = settings.executor().isPresent() ? Optional.empty()
                : Optional.of(Executors.newCachedThreadPool(EvaluationRun::daemon));
        // every call made for this persona (answers of model agents, exemplars, verdicts, mutants) is counted for it
        executor = io.github.personagym.llm.UsageMeter.attributing(persona.id(),
                settings.executor().orElseGet(ownThreads::orElseThrow));
        try {
            return evaluate();
        } finally {
            // after a failure, requests still queued for a slot of the run-wide limit are withdrawn, so that no other
            // persona waits behind work of an evaluation that has ended (after a success there are none), and what a
            // withdrawal sets off asks for no slot; a slot already given stays with its work, which gives it back
            closed = true;
            takes.forEach(take -> take.cancel(false));
            ownThreads.ifPresent(ExecutorService::shutdownNow);
        }
    }

    private EvaluationResult evaluate() {
        List<SuiteQuestion> questions = suite.questions().stream().filter(q -> tasks.containsKey(q.task())).toList();
        total = questions.size();
        notify(() -> settings.progress().started(persona, total));
        Map<String, String> misfits = new HashMap<>();
        questions.forEach(q -> TaskFit.problem(tasks.get(q.task()), q).ifPresentOrElse(
                why -> misfits.put(q.key(), why), () -> {
                    if (q.turn().isEmpty()) {
                        replies.put(q.key(), answer(q, q.context()));
                    }
                }));
        replies.putAll(TurnByTurn.talk(questions.stream()
                .filter(q -> q.turn().isPresent() && !misfits.containsKey(q.key())).toList(), this::answer, this::notAsked));
        List<CompletableFuture<List<QuestionResult>>> batches = new ArrayList<>();
        for (Task task : tasks.values()) {
            List<SuiteQuestion> ofTask = questions.stream()
                    .filter(q -> q.task().equals(task.name()) && !misfits.containsKey(q.key())).toList();
            if (!task.isRubric()) {
                ofTask.forEach(q -> batches.add(measure(task, q)));
                continue;
            }
            for (int from = 0; from < ofTask.size(); from += settings.batchSize()) {
                batches.add(batch(task, ofTask.subList(from, Math.min(from + settings.batchSize(), ofTask.size()))));
            }
        }
        Map<String, QuestionResult> byKey = new HashMap<>();
        questions.stream().filter(q -> misfits.containsKey(q.key()))
                .forEach(q -> byKey.put(q.key(), misfit(q, misfits.get(q.key()))));
        batches.forEach(batch -> batch.join().forEach(result -> byKey.put(result.key(), result)));
        List<QuestionResult> results = questions.stream().map(q -> byKey.get(q.key())).toList();
        Map<String, Task> rubric = new LinkedHashMap<>();
        tasks.values().stream().filter(Task::isRubric).forEach(task -> rubric.put(task.name(), task));
        List<QuestionResult> rubricResults = results.stream().filter(q -> rubric.containsKey(q.task())).toList();
        var score = settings.aggregator().aggregate(List.copyOf(rubric.keySet()),
                rubricResults.stream().map(QuestionResult::judged).toList());
        List<MetricScore> metrics = tasks.values().stream().filter(task -> !task.isRubric())
                .map(task -> metric(task, results)).toList();
        List<ConversationScore> conversations = tasks.values().stream()
                .filter(task -> task.kind() == TaskKind.CONVERSATION).map(task -> conversation(task, results)).toList();
        // mutants are derived from single answers: questions asked in a conversation stay out of them
        Map<String, Task> single = new LinkedHashMap<>();
        rubric.values().stream().filter(task -> task.kind() == TaskKind.RUBRIC).forEach(t -> single.put(t.name(), t));
        Optional<Mutants> mutants = settings.mutants().enabled()
                ? Optional.of(new MutantRun(this, settings, persona, single).run(rubricResults.stream()
                .filter(q -> single.containsKey(q.task())).toList())) : Optional.empty();
        var result = new EvaluationResult(persona, made.isEmpty() ? suite : suite.withExemplars(made), results, score,
                !made.isEmpty(), mutants, metrics, conversations);
        notify(() -> settings.progress().finished(result));
        return result;
    }

    private MetricScore metric(Task task, List<QuestionResult> results) {
        List<QuestionResult> ofTask = results.stream().filter(q -> q.task().equals(task.name())).toList();
        List<Measurement> measured = ofTask.stream().flatMap(q -> q.measured().stream()).toList();
        return settings.aggregator().metric(task.name(), task.kind(), measured, ofTask.size() - measured.size());
    }

    /** A conversation task's score per turn and its drift, from its turns' scores. */
    private ConversationScore conversation(Task task, List<QuestionResult> results) {
        List<ConversationScore.TurnResult> turns = results.stream()
                .filter(q -> q.task().equals(task.name()) && q.question().turn().isPresent())
                .map(q -> new ConversationScore.TurnResult(q.question().turn().get().number(), q.score()))
                .toList();
        return settings.aggregator().conversation(task.name(), turns, settings.driftDrop());
    }

    private CompletableFuture<Reply> notAsked(SuiteQuestion turn) {
        notify(() -> settings.progress().answered(answered.incrementAndGet(), total));
        return CompletableFuture.completedFuture(Reply.failed("not asked: an earlier turn of conversation '"
                + turn.turn().get().conversation() + "' got no answer, so the conversation stopped there"));
    }

    /** A judge-free question: its answer measured against its key as soon as it is there; no judge, no model call. */
    private CompletableFuture<List<QuestionResult>> measure(Task task, SuiteQuestion question) {
        return replies.get(question.key()).thenApply(reply -> {
            Optional<Measurement> measured = reply.text().map(text -> Measurement.of(question.answerKey().orElseThrow(),
                    text));
            QuestionResult result = new QuestionResult(question, reply.text(), reply.error(), new JudgedAnswer(
                    task.name(), question.environment(), new Answer(question.key(), question.text(),
                    reply.text().orElse(""), Optional.empty()), List.of()), measured);
            done(result);
            return List.of(result);
        });
    }

    /** A question that does not fit its task's kind: not asked, and failed with what to change. */
    private QuestionResult misfit(SuiteQuestion question, String why) {
        QuestionResult result = new QuestionResult(question, Optional.empty(), Optional.empty(), new JudgedAnswer(
                question.task(), question.environment(), new Answer(question.key(), question.text(), "",
                Optional.empty()), List.of()), Optional.of(Measurement.invalid(why)));
        notify(() -> settings.progress().answered(answered.incrementAndGet(), total));
        done(result);
        return result;
    }

    private void done(QuestionResult result) {
        notify(() -> settings.progress().questionDone(result));
        notify(() -> settings.progress().judged(judged.incrementAndGet(), total));
    }

    /** Asks the question after the earlier turns {@code context} (none for a single question). */
    private CompletableFuture<Reply> answer(SuiteQuestion question, List<Turn> context) {
        contexts.put(question.key(), context);
        return askAgent(agent, context, question.prompt(), "personagym-agent-" + question.key())
                .exceptionally(failure -> Reply.failed(describe(failure)))
                .whenComplete((reply, failure) -> notify(() -> settings.progress().answered(answered.incrementAndGet(), total)));
    }

    /**
     * Asks {@code asked} once a slot of the concurrency limit is free, on an agent thread of its own (see
     * {@link AgentCall#start}); the slot is given back when the answer comes or the agent timeout passes. No
     * thread waits for the slot or for the answer.
     */
    CompletableFuture<Reply> askAgent(PersonaAgent asked, List<Turn> context, String question, String threadName) {
        return takeSlot().thenCompose(slot -> {
            try {
                return AgentCall.start(persona.id(), asked, context, question, settings.agentTimeout(), threadName)
                        .whenComplete((reply, failure) -> slot.release());
            } catch (RuntimeException | Error failure) { // no thread to answer on: the slot goes back at once
                slot.release();
                throw failure;
            }
        });
    }

    /**
     * Asks the run-wide limit for a slot and keeps the request, so that one still queued when the evaluation ends is
     * withdrawn; once it has ended (after a failure), no slot is asked for any more.
     */
    private CompletableFuture<CallSlots.Slot> takeSlot() {
        if (closed) {
            return CompletableFuture.failedFuture(new java.util.concurrent.CancellationException("the evaluation has ended"));
        }
        CompletableFuture<CallSlots.Slot> take = settings.limit().take();
        takes.add(take);
        if (closed && !take.cancel(false) && !take.isCompletedExceptionally()) {
            take.join().release(); // closed meanwhile: a slot given at once goes back unused
        }
        return take;
    }

    private CompletableFuture<List<QuestionResult>> batch(Task task, List<SuiteQuestion> batch) {
        CompletableFuture<?>[] answers = batch.stream().map(q -> replies.get(q.key())).toArray(CompletableFuture[]::new);
        return exemplars(task, batch)
                .thenCombine(CompletableFuture.allOf(answers), (exemplars, ignored) -> exemplars)
                .thenCompose(exemplars -> judge(task, batch, exemplars));
    }

    private CompletableFuture<Map<String, ScoreExemplars>> exemplars(Task task, List<SuiteQuestion> batch) {
        List<SuiteQuestion> missing = batch.stream().filter(q -> q.exemplars().isEmpty()).toList();
        if (missing.isEmpty()) {
            return CompletableFuture.completedFuture(Map.of());
        }
        return CompletableFuture.supplyAsync(() -> makeExemplars(task, missing), executor)
                .exceptionally(failure -> {
                    notify(() -> settings.progress().exemplarsFailed(task.name(), describe(failure)));
                    return Map.of();
                });
    }

    private Map<String, ScoreExemplars> makeExemplars(Task task, List<SuiteQuestion> missing) {
        Map<String, ScoreExemplars> offered = settings.exemplars().make(persona, task, missing);
        Map<String, ScoreExemplars> kept = new HashMap<>();
        missing.forEach(q -> Optional.ofNullable(offered.get(q.key())).ifPresent(e -> kept.put(q.key(), e)));
        made.putAll(kept);
        notify(() -> settings.progress().exemplarsMade(task.name(), kept.size(), missing.size()));
        return kept;
    }

    private CompletableFuture<List<QuestionResult>> judge(Task task, List<SuiteQuestion> batch,
                                                          Map<String, ScoreExemplars> exemplars) {
        List<Answer> answers = new ArrayList<>();
        for (SuiteQuestion q : batch) {
            replies.get(q.key()).join().text().ifPresent(text -> answers.add(new Answer(q.key(), q.text(), text,
                    q.exemplars().or(() -> Optional.ofNullable(exemplars.get(q.key()))),
                    contexts.getOrDefault(q.key(), List.of()))));
        }
        if (answers.isEmpty()) {
            return CompletableFuture.completedFuture(results(task, batch, exemplars, answers, List.of()));
        }
        List<CompletableFuture<List<Verdict>>> byJudge = settings.judges().stream()
                .map(judge -> bounded(() -> verdicts(judge, task, answers))
                        .exceptionally(failure -> errors(judge, answers.size(), describe(failure))))
                .toList();
        return CompletableFuture.allOf(byJudge.toArray(CompletableFuture[]::new)).thenApply(ignored ->
                results(task, batch, exemplars, answers, byJudge.stream().map(CompletableFuture::join).toList()));
    }

    List<Verdict> verdicts(Judge judge, Task task, List<Answer> answers) {
        try {
            List<Verdict> verdicts = judge.judge(persona, task, answers);
            if (verdicts == null || verdicts.size() != answers.size()) {
                return errors(judge, answers.size(), "the judge returned " + (verdicts == null ? "null" : verdicts.size()
                        + " verdict(s)") + " for " + answers.size() + " answer(s)");
            }
            return verdicts;
        } catch (RuntimeException e) {
            return errors(judge, answers.size(), "the judge failed: " + describe(e));
        }
    }

    private List<QuestionResult> results(Task task, List<SuiteQuestion> batch, Map<String, ScoreExemplars> exemplars,
                                         List<Answer> answers, List<List<Verdict>> byJudge) {
        List<QuestionResult> results = new ArrayList<>();
        for (SuiteQuestion q : batch) {
            Reply reply = replies.get(q.key()).join();
            int index = indexOf(answers, q.key());
            List<Verdict> verdicts = index < 0 ? List.of() : byJudge.stream().map(list -> list.get(index)).toList();
            Answer answer = index >= 0 ? answers.get(index) : new Answer(q.key(), q.text(), "",
                    q.exemplars().or(() -> Optional.ofNullable(exemplars.get(q.key()))),
                    contexts.getOrDefault(q.key(), List.of()));
            QuestionResult result = new QuestionResult(q, reply.text(), reply.error(),
                    new JudgedAnswer(task.name(), q.environment(), answer, verdicts));
            results.add(result);
            done(result);
        }
        return results;
    }

    private static int indexOf(List<Answer> answers, String key) {
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).questionKey().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    static List<Verdict> errors(Judge judge, int count, String problem) {
        return Collections.nCopies(count, Verdict.error(judge.id(), problem));
    }

    /**
     * Runs {@code work} on the run's threads once it holds a slot of the concurrency limit, and gives the slot back
     * when it ends. Waiting for the slot holds no thread; a slot whose work could not be started (the run's
     * threads already stopped) is given back too.
     */
    <T> CompletableFuture<T> bounded(Supplier<T> work) {
        CompletableFuture<CallSlots.Slot> taken = takeSlot();
        CompletableFuture<T> done = taken.thenApplyAsync(slot -> {
            try {
                return work.get();
            } finally {
                slot.release();
            }
        }, executor);
        done.whenComplete((result, failure) -> taken.thenAccept(CallSlots.Slot::release));
        return done;
    }

    static String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + Redaction.fromSystem().redact(cause.getMessage());
    }

    private static void notify(Runnable listenerCall) {
        try {
            listenerCall.run();
        } catch (RuntimeException e) {
            // A progress listener that fails must not fail the evaluation it listens to.
        }
    }

    private static Thread daemon(Runnable runnable) {
        var thread = new Thread(runnable, "personagym-evaluation");
        thread.setDaemon(true);
        return thread;
    }
}
