package io.github.personagym.llm;

import dev.langchain4j.model.output.TokenUsage;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts, per model spec, the calls made to providers and the tokens they report, plus the exchanges
 * answered from recordings (which cost nothing). Safe to share between threads.
 */
public final class UsageMeter {

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

    /** Counts one call that reached the provider. */
    public void recordCall(String spec, long promptCharacters, TokenUsage tokens) {
        Counters counters = counters(spec);
        counters.calls.increment();
        counters.promptCharacters.add(promptCharacters);
        if (tokens != null) {
            counters.promptTokens.add(orZero(tokens.inputTokenCount()));
            counters.completionTokens.add(orZero(tokens.outputTokenCount()));
        }
    }

    /** Counts one exchange answered from a recording. */
    public void recordReplay(String spec) {
        counters(spec).replays.increment();
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
