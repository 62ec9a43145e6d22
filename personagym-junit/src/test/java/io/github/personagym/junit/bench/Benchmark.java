package io.github.personagym.junit.bench;

import io.github.personagym.Persona;
import io.github.personagym.evaluation.EvaluationResult;
import io.github.personagym.evaluation.QuestionResult;
import io.github.personagym.llm.UsageMeter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark (not part of the build): {@code ./mvnw -B -o -pl personagym-junit -Pbench verify}, see
 * {@code docs/performance.md}. System properties: {@code bench.personas} (10), {@code bench.latency} in ms
 * (100), {@code bench.concurrency} (32), {@code bench.questions} per task (10), {@code bench.scale}
 * ({@code true} runs the scale mode: 200 personas in replay, through the gym and through the engine),
 * {@code bench.benchmark} ({@code true}: the PersonaGym benchmark's 200 question files recorded once, then replayed
 * through the engine; {@link BenchmarkReplayBenchmark}),
 * {@code bench.rate} (requests a second: runs the rate-limit mode, three personas with generated suites against
 * a server that allows that many), {@code bench.warmup} ({@code false} measures a cold JVM), {@code bench.warmups}
 * (warm-up rounds, 1), {@code bench.repeats} (how often the first run is measured, each time on personas of its own;
 * the median counts, 3), {@code bench.timeline} ({@code true} prints the requests in flight at the server per 100 ms).
 */
public final class Benchmark {

    /** The reference pipeline's figures per persona, measured on such a server (issue 5). */
    static final int REFERENCE_CALLS = 80;
    static final int REFERENCE_PROMPT_CHARACTERS = 537_000;
    static final double REFERENCE_SECONDS_AT_100_MS = 8.4;

    private Benchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (Boolean.getBoolean("bench.benchmark")) {
            BenchmarkReplayBenchmark.main(args);
            return;
        }
        if (Boolean.getBoolean("bench.scale")) {
            ScaleBenchmark.main(args);
            return;
        }
        if (Integer.getInteger("bench.rate", 0) > 0) {
            RateLimitBenchmark.main(args);
            return;
        }
        int personas = Integer.getInteger("bench.personas", 10);
        int latency = Integer.getInteger("bench.latency", 100);
        int concurrency = Integer.getInteger("bench.concurrency", 32);
        int perTask = Integer.getInteger("bench.questions", 10);
        int repeats = Integer.getInteger("bench.repeats", 3);
        Path folder = Files.createTempDirectory("personagym-bench");
        System.out.printf(Locale.ROOT, "PersonaGym benchmark: %d personas × %d questions, two judges, latency %d ms,"
                + " concurrency %d, %d cores, -Xmx %d MiB%n", personas, perTask * 5, latency, concurrency,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        try (var server = FakeModelServer.start(Duration.ofMillis(latency), FakeModelServer.Faults.none())) {
            var base = GymRun.Settings.of(server.baseUrl(), folder.resolve("recordings"), "auto", concurrency);
            if (!"false".equals(System.getProperty("bench.warmup"))) {
                for (int round = 1; round <= Integer.getInteger("bench.warmups", 1); round++) {
                    warmUp(server, base.with("personagym.recordings.dir",
                            folder.resolve("warm-up-" + round).toString()), folder, personas, perTask, round);
                }
            }
            // the first run, measured `repeats` times, each time on personas of its own with fresh recordings
            List<GymRun.Outcome> firsts = new java.util.ArrayList<>();
            List<Persona> loaded = List.of();
            List<Path> suites = List.of();
            GymRun.Settings settings = base;
            for (int repeat = 1; repeat <= repeats; repeat++) {
                var written = SyntheticPersonas.write(folder.resolve("personas-" + repeat), personas, perTask,
                        1000 * (repeat - 1));
                suites = written.stream().map(w -> w.suite().file().orElseThrow()).toList();
                loaded = written.stream().map(SyntheticPersonas.Written::persona).toList();
                settings = base.with("personagym.recordings.dir", folder.resolve("recordings-" + repeat).toString());
                server.resetCounters();
                var outcome = GymRun.run(settings, suites, loaded);
                firsts.add(outcome);
                report("1." + repeat + " first run (suites without exemplars), repetition " + repeat + " of " + repeats,
                        outcome, server, personas, latency, concurrency);
            }
            var first = firsts.stream().sorted(java.util.Comparator.comparing(GymRun.Outcome::wall))
                    .toList().get((firsts.size() - 1) / 2);
            System.out.printf(Locale.ROOT, "%n1. first run, median of %d: %.2f s, ratio %.2f (each: %s)%n", repeats,
                    seconds(first.wall()), seconds(first.wall()) / lowerBound(first.total().calls(), latency, concurrency),
                    firsts.stream().map(o -> String.format(Locale.ROOT, "%.2f s", seconds(o.wall())))
                            .collect(java.util.stream.Collectors.joining(", ")));
            server.resetCounters();
            var replay = GymRun.run(settings, suites, loaded);
            report("2. re-run, agent unchanged (replay)", replay, server, personas, latency, concurrency);
            server.resetCounters();
            var changed = GymRun.run(settings.changedAgent("You are being re-evaluated after an update."), suites, loaded);
            report("3. re-run, agent changed", changed, server, personas, latency, concurrency);
            System.out.printf(Locale.ROOT, "%nTargets (at 100 ms, concurrency 32, 10 personas):%n");
            target("calls per persona ≤ " + REFERENCE_CALLS, perPersona(first.total().calls(), personas) <= REFERENCE_CALLS);
            target("prompt characters per persona ≤ " + REFERENCE_PROMPT_CHARACTERS,
                    perPersona(first.total().promptCharacters(), personas) <= REFERENCE_PROMPT_CHARACTERS);
            target("exemplars reached the judges for every answer", exemplarsEverywhere(first));
            double bound = lowerBound(first.total().calls(), latency, concurrency);
            target("first run (median) within 1.25× the lower bound", seconds(first.wall()) <= 1.25 * bound);
            target("re-run with a changed agent within 1.25× its lower bound", seconds(changed.wall())
                    <= 1.25 * lowerBound(changed.total().calls(), latency, concurrency));
            target("wall time < 4.2 s (20× under the reference's 84 s)", seconds(first.wall()) < 4.2);
            target("re-run with unchanged agent makes 0 model calls", replay.total().calls() == 0);
            target("re-run with changed agent makes no generator call", changed.calls(GymRun.GENERATOR) == 0);
        }
    }

    /** The same work on other personas first, so that the measured run does not pay for JIT and class loading. */
    private static void warmUp(FakeModelServer server, GymRun.Settings settings, Path folder, int personas, int perTask,
                               int round) {
        var others = SyntheticPersonas.write(folder.resolve("warm-up-personas-" + round), personas, perTask, 100 * round);
        var outcome = GymRun.run(settings, others.stream().map(w -> w.suite().file().orElseThrow()).toList(),
                others.stream().map(SyntheticPersonas.Written::persona).toList());
        System.out.printf(Locale.ROOT, "%nwarm-up on other personas (not counted; -Dbench.warmup=false skips it): %.2f s%n",
                seconds(outcome.wall()));
        server.resetCounters();
    }

    static void report(String title, GymRun.Outcome outcome, FakeModelServer server, int personas, int latency,
                       int concurrency) {
        UsageMeter.Usage total = outcome.total();
        double bound = lowerBound(total.calls(), latency, concurrency);
        System.out.printf(Locale.ROOT, "%n%s%n", title);
        System.out.printf(Locale.ROOT, "  wall time            %.2f s (CPU of the JVM meanwhile %.2f s, %.2f of %d cores)%n",
                seconds(outcome.wall()), seconds(outcome.cpu()), seconds(outcome.cpu()) / seconds(outcome.wall()),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "  per persona          %.1f calls, %.0f prompt tokens, %.0f completion tokens,"
                + " %.0f prompt characters, %.1f replays%n", perPersona(total.calls(), personas),
                perPersona(total.promptTokens(), personas), perPersona(total.completionTokens(), personas),
                perPersona(total.promptCharacters(), personas), perPersona(total.replays(), personas));
        outcome.usage().forEach((spec, usage) -> System.out.printf(Locale.ROOT, "    %-18s %5d calls %5d replays%n",
                spec, usage.calls(), usage.replays()));
        System.out.printf(Locale.ROOT, "  server               %d requests, peak %d in flight%n", server.requests(),
                server.peakInFlight());
        System.out.printf(Locale.ROOT, "  lower bound          %.2f s = max(critical path %.2f s, %d calls × %d ms ÷ %d)"
                + "; ratio %.2f%n", bound, criticalPath(latency), total.calls(), latency, concurrency,
                bound == 0 ? 0 : seconds(outcome.wall()) / bound);
        long scored = outcome.results().stream().flatMap(r -> r.questions().stream()).filter(q -> !q.failed()).count();
        long all = outcome.results().stream().mapToLong(r -> r.questions().size()).sum();
        System.out.printf(Locale.ROOT, "  questions            %d of %d scored%n", scored, all);
        if (Boolean.getBoolean("bench.timeline")) {
            timeline(server.spans(), server.resetAt());
        }
    }

    /** Requests in flight at the server, averaged per 100 ms from the first arrival, and how long each was held. */
    static void timeline(List<long[]> spans, long since) {
        if (spans.isEmpty()) {
            return;
        }
        long first = spans.stream().mapToLong(s -> s[0]).min().orElseThrow();
        long last = spans.stream().mapToLong(s -> s[1]).max().orElseThrow();
        int buckets = (int) ((last - first) / 100_000_000L) + 1;
        double[] busy = new double[buckets];
        int[] arrivals = new int[buckets];
        for (long[] span : spans) {
            arrivals[(int) ((span[0] - first) / 100_000_000L)]++;
            for (int b = 0; b < buckets; b++) {
                long from = first + b * 100_000_000L;
                long overlap = Math.min(span[1], from + 100_000_000L) - Math.max(span[0], from);
                if (overlap > 0) {
                    busy[b] += overlap / 100_000_000.0;
                }
            }
        }
        StringBuilder line = new StringBuilder("  in flight per 100 ms (arrivals):");
        for (int b = 0; b < buckets; b++) {
            line.append(String.format(Locale.ROOT, " %.0f(%d)", busy[b], arrivals[b]));
        }
        System.out.println(line);
        double held = spans.stream().mapToLong(s -> s[1] - s[0]).average().orElse(0) / 1e6;
        System.out.printf(Locale.ROOT, "  server held a request %.1f ms on average; first request %.2f s after the start,"
                + " last reply %.2f s after it%n", held, (first - since) / 1e9, (last - since) / 1e9);
    }

    /** Answers and exemplars, then the judges: two latencies deep. */
    static double criticalPath(int latencyMillis) {
        return 2 * latencyMillis / 1000.0;
    }

    static double lowerBound(long calls, int latencyMillis, int concurrency) {
        return calls == 0 ? 0 : Math.max(criticalPath(latencyMillis), calls * latencyMillis / 1000.0 / concurrency);
    }

    static boolean exemplarsEverywhere(GymRun.Outcome outcome) {
        return outcome.results().stream().map(EvaluationResult::questions).flatMap(List::stream)
                .map(QuestionResult::judged).allMatch(judged -> judged.answer().exemplars().isPresent());
    }

    static double perPersona(long value, int personas) {
        return (double) value / personas;
    }

    static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    static void target(String what, boolean met) {
        System.out.printf(Locale.ROOT, "  [%s] %s%n", met ? "met " : "MISS", what);
    }
}
