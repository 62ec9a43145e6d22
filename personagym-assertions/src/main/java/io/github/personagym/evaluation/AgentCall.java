package io.github.personagym.evaluation;

import io.github.personagym.ConversationalAgent;
import io.github.personagym.PersonaAgent;
import io.github.personagym.Turn;
import io.github.personagym.evaluation.EvaluationRun.Reply;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** One call of the agent under test: its answer, or why there is none (an exception, a blank answer, a timeout). */
final class AgentCall {

    private AgentCall() {
    }

    /**
     * The threads agents answer on. Threads are daemons and are reused (a new thread per answer cost more than the
     * answer's own bookkeeping); one whose agent never returns is interrupted and left behind.
     */
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "personagym-agent");
        thread.setDaemon(true);
        return thread;
    });

    /** Counts down the agents' timeouts; a timeout cancelled when its answer came is dropped at once. */
    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "personagym-agent-timeouts");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    /**
     * Starts asking {@code agent} after the earlier turns {@code context} (as a {@link ConversationalAgent} when there
     * are any) on an agent thread named {@code threadName} while it answers; the calls it makes are counted for
     * persona {@code personaId}. The reply comes when the agent answers or fails, or when {@code timeout} has passed:
     * then the thread is interrupted and left behind (a daemon), so an agent that never returns costs its question
     * and nothing else. No thread waits for the answer.
     */
    static CompletableFuture<Reply> start(String personaId, PersonaAgent agent, List<Turn> context, String question,
                                          java.time.Duration timeout, String threadName) {
        CompletableFuture<Reply> reply = new CompletableFuture<>();
        // the answer and the timeout race for the reply: the first to claim it gives it, so a timed-out agent is
        // interrupted before the late reply is given, and what it says when interrupted is not taken for its answer
        java.util.concurrent.atomic.AtomicBoolean claimed = new java.util.concurrent.atomic.AtomicBoolean();
        Future<?> running = THREADS.submit(io.github.personagym.llm.UsageMeter.attributedTo(personaId, () -> {
            Thread thread = Thread.currentThread();
            String poolName = thread.getName();
            thread.setName(threadName);
            Reply answered;
            try {
                answered = ask(agent, context, question);
            } catch (Throwable failure) { // an Error too: the agent failed, it did not run out of time
                answered = Reply.failed(EvaluationRun.describe(failure));
            } finally {
                thread.setName(poolName);
            }
            if (claimed.compareAndSet(false, true)) {
                reply.complete(answered); // what follows the answer runs under the pool's name, not the question's
            }
        }));
        Reply late = Reply.failed("the agent did not answer in " + io.github.personagym.config.Durations.human(timeout)
                + " (set personagym.agent.timeout to wait longer); its thread was interrupted and left behind");
        // the timeout's reply is given on an agent thread, not on the timer's: what follows it (the slot handed on,
        // progress lines, the next turn) never holds up the timer of another agent
        Runnable giveUp = () -> {
            if (claimed.compareAndSet(false, true)) {
                running.cancel(true); // interrupted first, before what follows the late reply runs
                reply.complete(late);
            }
        };
        ScheduledFuture<?> timer = TIMER.schedule(() -> {
            try {
                THREADS.execute(giveUp);
            } catch (Throwable noThread) { // no agent thread to be had: gave up here rather than never
                giveUp.run();
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        reply.whenComplete((answer, failure) -> timer.cancel(false));
        return reply;
    }

    private static Reply ask(PersonaAgent agent, List<Turn> context, String question) {
        try {
            String text = context.isEmpty() ? agent.answer(question)
                    : ConversationalAgent.of(agent).reply(context, question);
            if (text == null || text.isBlank()) {
                return Reply.failed(text == null ? "the agent returned null" : "the agent returned a blank answer");
            }
            return Reply.of(text);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reply.failed("interrupted while answering");
        } catch (Exception e) {
            return Reply.failed(EvaluationRun.describe(e));
        }
    }
}
