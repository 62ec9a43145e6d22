package io.github.personagym.llm;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Counts, per model spec, the calls made to providers and the tokens they report, plus the exchanges
 * answered from recordings (which cost nothing). Safe to share between threads.
 *
 * <p>Calls made for one persona are also counted for it: work run through {@link #attributing} (or
 * {@link #attributedTo}) carries the persona's id on its thread, and {@link #ofPersona} gives what it used.
 */
@API(status = INTERNAL, since = "0.1")
public final class UsageMeter {

    private static final ThreadLocal<String> PERSONA = new ThreadLocal<>();

    /**
     * What one model (or all of them) used.
     *
     * @param calls             calls that reached the provider and came back
     * @param promptTokens      prompt (input) tokens the provider reported
     * @param completionTokens  completion (output) tokens the provider reported
     * @param promptCharacters  characters of the prompts sent, for providers that report no tokens
     * @param replays           exchanges answered from recordings
     */
    public record Usage(long calls, long promptTokens, long completionTokens, long promptCharacters, long replays) {

        public static final Usage NONE = new Usage(0, 0, 0, 0, 0);

        public long totalTokens() {
            return promptTokens + completionTokens;
        }

        Usage plus(Usage other) {
            return new Usage(calls + other.calls, promptTokens + other.promptTokens,
                    completionTokens + other.completionTokens, promptCharacters + other.promptCharacters,
                    replays + other.replays);
        }
    }

    private final Map<String, Counters> bySpec = new ConcurrentHashMap<>();
    private final Map<String, Counters> byPersona = new ConcurrentHashMap<>();

    /** {@code work}, counting the model calls it makes on its thread for persona {@code personaId}. */
    public static Runnable attributedTo(String personaId, Runnable work) {
        return () -> {
            String before = PERSONA.get();
            PERSONA.set(personaId);
            try {
                work.run();
            } finally {
                if (before == null) {
                    PERSONA.remove();
                } else {
                    PERSONA.set(before);
                }
            }
        };
    }

    /** {@code work} as a {@link Supplier}, counted for persona {@code personaId}. */
    public static <T> T attributedTo(String personaId, Supplier<T> work) {
        List<T> result = new ArrayList<>(1);
        attributedTo(personaId, (Runnable) () -> result.add(work.get())).run();
        return result.get(0);
    }

    /** An executor whose tasks count their model calls for persona {@code personaId}. */
    public static Executor attributing(String personaId, Executor executor) {
        return task -> executor.execute(attributedTo(personaId, task));
    }

    /** {@code work}, counted for the persona the calling thread counts for (if any), wherever it runs. */
    public static Runnable carryingAttribution(Runnable work) {
        String current = PERSONA.get();
        return current == null ? work : attributedTo(current, work);
    }

    /** Counts one call that reached the provider. */
    public void recordCall(String spec, long promptCharacters, TokenUsage tokens) {
        for (Counters counters : countersOf(spec)) {
            counters.calls.increment();
            counters.promptCharacters.add(promptCharacters);
            if (tokens != null) {
                counters.promptTokens.add(orZero(tokens.inputTokenCount()));
                counters.completionTokens.add(orZero(tokens.outputTokenCount()));
            }
        }
    }

    /** Counts one exchange answered from a recording. */
    public void recordReplay(String spec) {
        countersOf(spec).forEach(counters -> counters.replays.increment());
    }

    /** What the calls made for persona {@code personaId} used (nothing when none were attributed to it). */
    public Usage ofPersona(String personaId) {
        Counters counters = byPersona.get(personaId);
        return counters == null ? Usage.NONE : counters.snapshot();
    }

    /** The spec's counters and, when the thread counts for a persona, the persona's. */
    private List<Counters> countersOf(String spec) {
        String persona = PERSONA.get();
        return persona == null ? List.of(counters(spec))
                : List.of(counters(spec), byPersona.computeIfAbsent(persona, ignored -> new Counters()));
    }

    /** Usage per spec, sorted by spec. */
    public Map<String, Usage> bySpec() {
        Map<String, Usage> snapshot = new TreeMap<>();
        bySpec.forEach((spec, counters) -> snapshot.put(spec, counters.snapshot()));
        return snapshot;
    }

    public Usage of(String spec) {
        Counters counters = bySpec.get(spec);
        return counters == null ? Usage.NONE : counters.snapshot();
    }

    public Usage total() {
        return bySpec().values().stream().reduce(Usage.NONE, Usage::plus);
    }

    private Counters counters(String spec) {
        return bySpec.computeIfAbsent(spec, ignored -> new Counters());
    }

    private static long orZero(Integer count) {
        return count == null ? 0 : count;
    }

    private static final class Counters {
        final LongAdder calls = new LongAdder();
        final LongAdder promptTokens = new LongAdder();
        final LongAdder completionTokens = new LongAdder();
        final LongAdder promptCharacters = new LongAdder();
        final LongAdder replays = new LongAdder();

        Usage snapshot() {
            return new Usage(calls.sum(), promptTokens.sum(), completionTokens.sum(), promptCharacters.sum(),
                    replays.sum());
        }
    }
}
