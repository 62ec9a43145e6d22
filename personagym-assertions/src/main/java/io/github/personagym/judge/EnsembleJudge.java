package io.github.personagym.judge;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.Persona;
import io.github.personagym.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.stream.Collectors;

/**
 * Several judges scoring the same answers, concurrently. Every verdict is kept: {@link #judgeEach} gives each
 * answer the verdicts of all judges, {@link #judgeAll} wraps them as {@link JudgedAnswer}s (whose score is
 * the judges' mean), and {@link Agreement#of} measures how far they agree.
 *
 * <p>As a plain {@link Judge} it returns one combined verdict per answer: the mean of the judges' scores
 * rounded half up, with each judge's score in the reasoning; an error verdict when any judge gave no score,
 * in keeping with {@link JudgedAnswer#score()}. Prefer {@code judgeEach} where the unrounded mean matters.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EnsembleJudge implements Judge {

    private final List<Judge> judges;
    private final Optional<Executor> executor;

    /** An ensemble whose judges run on {@code executor}. */
    public EnsembleJudge(List<Judge> judges, Executor executor) {
        this(judges, Optional.of(executor));
    }

    /** An ensemble whose judges run on a small pool made for each call (one thread per judge). */
    public EnsembleJudge(List<Judge> judges) {
        this(judges, Optional.empty());
    }

    private EnsembleJudge(List<Judge> judges, Optional<Executor> executor) {
        this.judges = List.copyOf(judges);
        this.executor = executor;
        if (this.judges.isEmpty()) {
            throw new IllegalArgumentException("An ensemble needs at least one judge");
        }
    }

    public List<Judge> judges() {
        return judges;
    }

    @Override
    public String id() {
        return judges.stream().map(Judge::id).collect(Collectors.joining(",", "ensemble(", ")"));
    }

    /** For each answer, in order, the verdicts of every judge, in the order of {@link #judges()}. */
    public List<List<Verdict>> judgeEach(Persona persona, Task task, List<Answer> answers) {
        List<List<Verdict>> byJudge = runAll(persona, task, answers);
        var byAnswer = new ArrayList<List<Verdict>>();
        for (int i = 0; i < answers.size(); i++) {
            int answer = i;
            byAnswer.add(byJudge.stream().map(verdicts -> verdicts.get(answer)).toList());
        }
        return byAnswer;
    }

    /** Each answer with the verdicts of every judge, as reports and the score aggregation take them. */
    public List<JudgedAnswer> judgeAll(Persona persona, Task task, String environment, List<Answer> answers) {
        var verdicts = judgeEach(persona, task, answers);
        var judged = new ArrayList<JudgedAnswer>();
        for (int i = 0; i < answers.size(); i++) {
            judged.add(new JudgedAnswer(task.name(), environment, answers.get(i), verdicts.get(i)));
        }
        return judged;
    }

    @Override
    public List<Verdict> judge(Persona persona, Task task, List<Answer> answers) {
        return judgeEach(persona, task, answers).stream().map(this::combine).toList();
    }

    private Verdict combine(List<Verdict> verdicts) {
        String each = verdicts.stream()
                .map(v -> v.judge() + ": " + (v.isScored() ? Integer.toString(v.score().getAsInt()) : v.problem().orElseThrow()))
                .collect(Collectors.joining("; "));
        if (!verdicts.stream().allMatch(Verdict::isScored)) {
            return Verdict.error(id(), "not every judge gave a score (" + each + ")");
        }
        double mean = verdicts.stream().mapToInt(v -> v.score().getAsInt()).average().orElseThrow();
        int rounded = (int) Math.floor(mean + 0.5);
        return Verdict.scored(id(), rounded, String.format(Locale.ROOT,
                "mean %.2f of %d judges, rounded to %d (%s)", mean, verdicts.size(), rounded, each));
    }

    private List<List<Verdict>> runAll(Persona persona, Task task, List<Answer> answers) {
        ExecutorService own = executor.isEmpty() ? Executors.newFixedThreadPool(judges.size(), daemon()) : null;
        Executor pool = executor.orElse(own);
        try {
            var futures = judges.stream()
                    .map(judge -> CompletableFuture.supplyAsync(() -> safely(judge, persona, task, answers), pool))
                    .toList();
            return futures.stream().map(CompletableFuture::join).toList();
        } finally {
            if (own != null) {
                own.shutdown();
            }
        }
    }

    /** A judge's verdicts; a judge that breaks its contract (throws, or miscounts) gives error verdicts. */
    private static List<Verdict> safely(Judge judge, Persona persona, Task task, List<Answer> answers) {
        try {
            var verdicts = judge.judge(persona, task, answers);
            if (verdicts.size() == answers.size()) {
                return verdicts;
            }
            return errors(judge, answers, "judge returned " + verdicts.size() + " verdicts for "
                    + answers.size() + " answers");
        } catch (RuntimeException e) {
            return errors(judge, answers, "judge failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private static List<Verdict> errors(Judge judge, List<Answer> answers, String message) {
        return answers.stream().map(a -> Verdict.error(judge.id(), message)).toList();
    }

    private static ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "personagym-ensemble");
            thread.setDaemon(true);
            return thread;
        };
    }
}
