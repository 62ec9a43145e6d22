package io.github.personagym.junit.engine;

import io.github.personagym.evaluation.EvaluationResult;
import io.github.personagym.evaluation.QuestionResult;
import io.github.personagym.suite.Suite;
import io.github.personagym.gate.GateResult;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.opentest4j.TestAbortedException;

/**
 * The work of one persona, under way on the run's pool from the start of the run: the suite made for it when it had
 * none, each question's result as soon as its answer is judged, and the whole evaluation. The tests of the persona
 * wait here for what they report, each for its own part.
 */
final class PersonaWork {

    private final String personaId;
    private final Map<String, CompletableFuture<QuestionResult>> questions = new ConcurrentHashMap<>();
    private final CompletableFuture<Optional<Suite>> generated = new CompletableFuture<>();
    private final CompletableFuture<EvaluationResult> evaluated;
    private GateResult gate;

    /**
     * Starts {@code generation} (the suite made for a persona without one, else empty) and then {@code evaluation},
     * which hears of each question's result, one after the other on one thread of {@code pool}.
     */
    PersonaWork(String personaId, Executor pool, Supplier<Optional<Suite>> generation,
                Function<Consumer<QuestionResult>, EvaluationResult> evaluation) {
        this.personaId = personaId;
        this.evaluated = CompletableFuture.supplyAsync(() -> {
            generated.complete(generation.get());
            return evaluation.apply(this::questionDone);
        }, pool);
        evaluated.whenComplete((result, failure) -> {
            if (failure != null) {
                generated.completeExceptionally(failure);
            }
        });
    }

    private void questionDone(QuestionResult result) {
        question(result.key()).complete(result);
    }

    private CompletableFuture<QuestionResult> question(String key) {
        return questions.computeIfAbsent(key, ignored -> new CompletableFuture<>());
    }

    /** Waits for the suite made in the run; empty when the persona had one. Throws what the generation threw. */
    Optional<Suite> generatedSuite() throws Exception {
        try {
            return generated.join();
        } catch (CompletionException | CancellationException e) {
            throw cause(e);
        }
    }

    /**
     * Waits until the question's answer is judged (or the evaluation ended without it: then empty); aborts when the
     * evaluation failed before it.
     */
    Optional<QuestionResult> resultOf(String key) {
        CompletableFuture<QuestionResult> own = question(key);
        CompletableFuture.anyOf(own, evaluated).exceptionally(failure -> null).join();
        if (own.isDone()) {
            return Optional.of(own.join());
        }
        return result().questions().stream().filter(q -> q.key().equals(key)).findFirst();
    }

    /** Waits for the whole evaluation; aborts the test that asks when the evaluation failed (the persona fails). */
    EvaluationResult result() {
        try {
            return evaluated.join();
        } catch (CompletionException | CancellationException e) {
            throw new TestAbortedException("not evaluated: the evaluation of persona '" + personaId + "' failed ("
                    + cause(e).getMessage() + ")");
        }
    }

    /** Waits for the evaluation and throws what it threw, if it failed. */
    void awaitSuccess() throws Exception {
        try {
            evaluated.join();
        } catch (CompletionException | CancellationException e) {
            throw cause(e);
        }
    }

    /** The regression gate's result for this persona, asked of {@code gate} once. */
    synchronized GateResult gate(Supplier<GateResult> check) {
        if (gate == null) {
            gate = check.get();
        }
        return gate;
    }

    private static Exception cause(RuntimeException wrapper) {
        Throwable cause = wrapper instanceof CompletionException && wrapper.getCause() != null
                ? wrapper.getCause() : wrapper;
        if (cause instanceof Error error) {
            throw error;
        }
        return (Exception) cause;
    }
}
