package io.github.personagym.evaluation;

import io.github.personagym.Persona;
import io.github.personagym.Task;
import io.github.personagym.judge.Answer;
import io.github.personagym.judge.Judge;
import io.github.personagym.judge.JudgedAnswer;
import io.github.personagym.judge.Verdict;
import io.github.personagym.mutants.MutantAnswer;
import io.github.personagym.mutants.MutantKind;
import io.github.personagym.mutants.MutantSample;
import io.github.personagym.mutants.MutantTrial;
import io.github.personagym.mutants.Mutants;
import io.github.personagym.mutants.Mutations;
import io.github.personagym.mutants.OtherPersona;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The mutants of one evaluated persona: per kind, the mutant answers to a sample of the questions the agent
 * answered, judged by the evaluation's judges in batches per task, under the evaluation's limit, and
 * aggregated as a PersonaScore is. All kinds run at once.
 */
final class MutantRun {

    /** A question the agent answered, with its mutant's text. */
    private record Candidate(QuestionResult question, String text) {
    }

    private final EvaluationRun run;
    private final EvaluationSettings settings;
    private final Persona persona;
    private final Map<String, Task> tasks;
    private final AtomicInteger judgeCalls = new AtomicInteger();
    private final AtomicInteger agentCalls = new AtomicInteger();

    MutantRun(EvaluationRun run, EvaluationSettings settings, Persona persona, Map<String, Task> tasks) {
        this.run = run;
        this.settings = settings;
        this.persona = persona;
        this.tasks = tasks;
    }

    Mutants run(List<QuestionResult> results) {
        List<QuestionResult> answered = results.stream().filter(q -> q.answer().isPresent()).toList();
        Optional<OtherPersona> other = settings.swapWith().apply(persona);
        List<CompletableFuture<MutantTrial>> trials = Arrays.stream(MutantKind.values())
                .map(kind -> trial(kind, answered, other)).toList();
        List<MutantTrial> done = trials.stream().map(CompletableFuture::join).toList();
        return new Mutants(settings.mutants(), done, judgeCalls.get(), agentCalls.get());
    }

    private CompletableFuture<MutantTrial> trial(MutantKind kind, List<QuestionResult> answered,
                                                 Optional<OtherPersona> other) {
        List<Candidate> candidates = new ArrayList<>();
        answered.forEach(q -> Mutations.derive(kind, q.key(), q.answer().get())
                .ifPresent(text -> candidates.add(new Candidate(q, text))));
        List<Candidate> sample = MutantSample.pick(kind, settings.mutants().questionsPerTask(), candidates,
                c -> c.question().key(), c -> c.question().task());
        List<String> notes = new ArrayList<>(leftOut(kind, answered, candidates));
        if (answered.isEmpty()) {
            notes.add("the agent answered no question: there is nothing to mutate");
        }
        if (kind == MutantKind.SWAPPED) {
            notes.add(0, other.map(o -> "answers of the agent of persona '" + o.id() + "' to the same questions")
                    .orElse("the run has no other persona: answers of " + Mutations.offPersonaVoiceName()));
            if (other.isPresent()) {
                return swapped(other.get(), sample).thenCompose(answers -> judged(kind, answers, notes));
            }
        }
        List<Reply> replies = sample.stream().map(c -> new Reply(c.question(), Optional.of(c.text()),
                Optional.empty())).toList();
        return judged(kind, replies, notes);
    }

    /** The tasks whose answers all have no mutant of this kind (e.g. every answer already one sentence). */
    private List<String> leftOut(MutantKind kind, List<QuestionResult> answered, List<Candidate> candidates) {
        Set<String> withAnswers = new LinkedHashSet<>();
        answered.forEach(q -> withAnswers.add(q.task()));
        candidates.forEach(c -> withAnswers.remove(c.question().task()));
        return withAnswers.stream().map(task -> task + " left out: every answer's " + kind.id()
                + " mutant is the answer itself").toList();
    }

    /** A mutant's answer to one question, or why there is none. */
    private record Reply(QuestionResult question, Optional<String> text, Optional<String> error) {
    }

    private CompletableFuture<List<Reply>> swapped(OtherPersona other, List<Candidate> sample) {
        List<CompletableFuture<Reply>> asked = sample.stream().map(c -> ask(other, c.question())).toList();
        return CompletableFuture.allOf(asked.toArray(CompletableFuture[]::new)).thenApply(ignored -> asked.stream()
                .map(CompletableFuture::join)
                // the other agent said what this one said: an equivalent mutant, not judged
                .filter(r -> r.text().isEmpty() || !r.text().get().strip().equals(r.question().answer().get().strip()))
                .toList());
    }

    /** The other persona's agent, asked as a run asks an agent: on its own thread, within the agent timeout. */
    private CompletableFuture<Reply> ask(OtherPersona other, QuestionResult question) {
        agentCalls.incrementAndGet();
        return run.askAgent(other.agent(), List.of(), question.question().text(),
                "personagym-swap-" + other.id() + "-" + question.key())
                .exceptionally(failure -> EvaluationRun.Reply.failed(EvaluationRun.describe(failure)))
                .thenApply(reply -> reply.text().isPresent() ? new Reply(question, reply.text(), Optional.empty())
                        : new Reply(question, Optional.empty(), Optional.of("the agent of persona '" + other.id() + "': "
                                + reply.error().orElse("no answer"))));
    }

    private CompletableFuture<MutantTrial> judged(MutantKind kind, List<Reply> replies, List<String> notes) {
        Map<String, List<Reply>> byTask = new LinkedHashMap<>();
        tasks.keySet().forEach(task -> replies.stream().filter(r -> r.question().task().equals(task))
                .forEach(r -> byTask.computeIfAbsent(task, t -> new ArrayList<>()).add(r)));
        List<CompletableFuture<List<MutantAnswer>>> batches = new ArrayList<>();
        byTask.forEach((task, ofTask) -> {
            for (int from = 0; from < ofTask.size(); from += settings.batchSize()) {
                batches.add(batch(tasks.get(task), ofTask.subList(from, Math.min(from + settings.batchSize(),
                        ofTask.size()))));
            }
        });
        return CompletableFuture.allOf(batches.toArray(CompletableFuture[]::new)).thenApply(ignored -> {
            List<MutantAnswer> answers = batches.stream().flatMap(b -> b.join().stream()).toList();
            var score = settings.aggregator().aggregate(List.copyOf(byTask.keySet()),
                    answers.stream().map(MutantAnswer::judged).toList());
            return new MutantTrial(kind, answers, score, notes);
        });
    }

    private CompletableFuture<List<MutantAnswer>> batch(Task task, List<Reply> batch) {
        List<Answer> answers = batch.stream().filter(r -> r.text().isPresent()).map(r -> answer(r.question(),
                r.text().get())).toList();
        List<CompletableFuture<List<Verdict>>> byJudge = answers.isEmpty() ? List.of() : settings.judges().stream()
                .map(judge -> run.bounded(() -> call(judge, task, answers))
                        .exceptionally(failure -> EvaluationRun.errors(judge, answers.size(),
                                EvaluationRun.describe(failure))))
                .toList();
        return CompletableFuture.allOf(byJudge.toArray(CompletableFuture[]::new)).thenApply(ignored -> {
            List<MutantAnswer> judged = new ArrayList<>();
            int index = 0;
            for (Reply reply : batch) {
                if (reply.text().isEmpty()) {
                    judged.add(new MutantAnswer(new JudgedAnswer(task.name(), reply.question().question().environment(),
                            answer(reply.question(), ""), List.of()), reply.error()));
                    continue;
                }
                int at = index++;
                judged.add(new MutantAnswer(new JudgedAnswer(task.name(), reply.question().question().environment(),
                        answers.get(at), byJudge.stream().map(f -> f.join().get(at)).toList()), Optional.empty()));
            }
            return judged;
        });
    }

    private List<Verdict> call(Judge judge, Task task, List<Answer> answers) {
        judgeCalls.incrementAndGet();
        return run.verdicts(judge, task, answers);
    }

    private static Answer answer(QuestionResult question, String text) {
        return new Answer(question.key(), question.question().text(), text, question.judged().answer().exemplars());
    }
}
