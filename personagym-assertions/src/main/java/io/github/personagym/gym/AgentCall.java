package io.github.personagym.gym;

import io.github.personagym.ConversationalAgent;
import io.github.personagym.PersonaAgent;
import io.github.personagym.Turn;
import io.github.personagym.gym.EvaluationRun.Reply;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** One call of the agent under test: its answer, or why there is none (an exception, a blank answer, a timeout). */
final class AgentCall {

    private AgentCall() {
    }

    /**
     * Asks {@code agent} after the earlier turns {@code context} (as a {@link ConversationalAgent} when there are any)
     * on a thread of its own, so that an agent that never returns costs its question and nothing else: past
     * {@code timeout} the thread is interrupted and left behind (a daemon).
     */
    static Reply within(PersonaAgent agent, List<Turn> context, String question, java.time.Duration timeout,
                        String threadName) {
        CompletableFuture<Reply> reply = new CompletableFuture<>();
        Thread thread = new Thread(io.github.personagym.llm.UsageMeter.carryingAttribution(() -> {
            try {
                reply.complete(ask(agent, context, question));
            } catch (Throwable failure) { // an Error too: the agent failed, it did not run out of time
                reply.completeExceptionally(failure);
            }
        }), threadName);
        thread.setDaemon(true);
        thread.start();
        try {
            return reply.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            thread.interrupt();
            return Reply.failed("the agent did not answer in " + io.github.personagym.config.Durations.human(timeout)
                    + " (set personagym.agent.timeout to wait longer); its thread was interrupted and left behind");
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            return Reply.failed("interrupted while waiting for the agent");
        } catch (java.util.concurrent.ExecutionException e) {
            return Reply.failed(EvaluationRun.describe(e.getCause()));
        }
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
