package io.github.personagym.junit.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Rate-limit mode of the benchmark ({@code -Dbench.rate=20}): three personas with no suite through the engine
 * (the generator selects environments and writes questions and exemplars, a model plays each persona, two
 * judges), against a local server that allows {@code bench.rate} requests a second and answers as OpenAI does
 * ({@link OpenAiRateLimit}). It reports how many requests the server refused and how close the run came to the
 * rate-limit bound: the accepted requests past the server's first burst, at its rate, plus one latency.
 */
final class RateLimitBenchmark {

    static final int PERSONAS = 3;

    private RateLimitBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rate = Integer.getInteger("bench.rate", 20);
        int latency = Integer.getInteger("bench.latency", 100);
        Path folder = Files.createTempDirectory("personagym-rate");
        System.out.printf(Locale.ROOT, "PersonaGym rate-limit benchmark: %d personas with generated suites, two judges,"
                + " a server allowing %d requests/s (OpenAI's headers and 429 with retry-after-ms), latency %d ms,"
                + " personagym.concurrency 8, %d cores%n", PERSONAS, rate, latency,
                Runtime.getRuntime().availableProcessors());
        if (!"false".equals(System.getProperty("bench.warmup"))) {
            Outcome warmUp = run(folder.resolve("warm-up"), rate, latency, 100);
            System.out.printf(Locale.ROOT, "%nwarm-up on other personas (not counted): %.2f s, %.1f%% refused%n",
                    warmUp.seconds(), warmUp.refusedPercent());
        }
        Outcome measured = run(folder.resolve("measured"), rate, latency, 0);
        double bound = Math.max(4 * latency / 1000.0, (measured.accepted() - rate) / (double) rate + latency / 1000.0);
        System.out.printf(Locale.ROOT, "%nmeasured run%n");
        System.out.printf(Locale.ROOT, "  wall time            %.2f s%n", measured.seconds());
        System.out.printf(Locale.ROOT, "  requests             %d, of which %d refused (%.1f%%), %d accepted%n",
                measured.requests(), measured.refused(), measured.refusedPercent(), measured.accepted());
        System.out.printf(Locale.ROOT, "  rate-limit bound     %.2f s = (%d accepted − %d burst) ÷ %d/s + %d ms;"
                + " ratio %.3f%n", bound, measured.accepted(), rate, rate, latency, measured.seconds() / bound);
        System.out.printf(Locale.ROOT, "  tests                %d succeeded, %d failed%n", measured.succeeded(),
                measured.failed());
        Benchmark.target("fewer than 10% of requests refused", measured.refusedPercent() < 10);
        Benchmark.target("wall time within 1.05× of the rate-limit bound", measured.seconds() <= 1.05 * bound);
    }

    /** What one run did, counted at the server and by the engine. */
    record Outcome(double seconds, long requests, long refused, long succeeded, long failed) {

        long accepted() {
            return requests - refused;
        }

        double refusedPercent() {
            return requests == 0 ? 0 : 100.0 * refused / requests;
        }
    }

    private static Outcome run(Path folder, int rate, int latency, int firstPersona) {
        Path personas = folder.resolve("personas");
        SyntheticPersonas.write(personas, PERSONAS, 1, firstPersona)
                .forEach(written -> delete(written.suite().file().orElseThrow()));
        try (var server = FakeModelServer.rateLimited(Duration.ofMillis(latency), rate)) {
            Map<String, String> config = new HashMap<>(GymRun.Settings.of(server.baseUrl(), folder.resolve("recordings"),
                    "live", 8).configuration());
            config.put("personagym.generator", GymRun.GENERATOR);
            config.put("personagym.judges", GymRun.JUDGE_A + "," + GymRun.JUDGE_B);
            config.put("personagym.agent", GymRun.AGENT);
            config.put("personagym.suite.dir", folder.resolve("suites").toString());
            config.put("personagym.report.dir", folder.resolve("reports").toString());
            config.put("personagym.baseline", folder.resolve("baseline.json").toString());
            config.put("personagym.progress", "false");
            long start = System.nanoTime();
            EngineExecutionResults results = EngineTestKit.engine("personagym").configurationParameters(config)
                    .selectors(selectDirectory(personas.toFile())).execute();
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Outcome(seconds, server.requests(), server.refused(), results.testEvents().succeeded().count(),
                    results.testEvents().failed().count());
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
