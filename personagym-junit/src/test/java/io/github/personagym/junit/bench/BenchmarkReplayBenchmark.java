package io.github.personagym.junit.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The PersonaGym benchmark in replay ({@code -Dbench.benchmark=true}): 200 persona files in the benchmark's own
 * format (the question files of the reference copy, {@code reference.dir}/benchmark-v1; when it holds fewer than
 * 200, the rest are synthesised from them: a file named {@code A synthetic twin <n> of <description>.json} with the
 * questions of the file it copies, so that ids, agent and judge requests differ), selected as a folder and run
 * through the engine with a model agent, the generator and two judges. Recorded once against the local scripted
 * server (no latency), then replayed with the server closed: prints the discovery time, the time of discovery and
 * execution, the tests' outcomes and the heap's peak during the replay.
 */
final class BenchmarkReplayBenchmark {

    static final int PERSONAS = 200;

    private BenchmarkReplayBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int personas = Integer.getInteger("bench.personas", PERSONAS);
        Path reference = Path.of(System.getProperty("reference.dir", "../../shared/reference/personagym"))
                .resolve("benchmark-v1");
        Path folder = Files.createTempDirectory("personagym-benchmark-replay");
        Path benchmark = folder.resolve("benchmark-v1");
        int synthesised = benchmarkFiles(reference, benchmark, personas);
        System.out.printf(Locale.ROOT, "PersonaGym benchmark in replay: %d persona files in the benchmark's format "
                        + "(%d from %s, %d synthesised from them), 50 questions each, model agent, generator and two "
                        + "judges, %d cores, -Xmx %d MiB%n", personas, personas - synthesised, reference, synthesised,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        try (var server = FakeModelServer.start(Duration.ZERO, FakeModelServer.Faults.none())) {
            long start = System.nanoTime();
            EngineExecutionResults recorded = execute(configuration(server, folder, "record", "record"), benchmark);
            System.out.printf(Locale.ROOT, "record once: %.1f s, %d requests to the server; tests: %d succeeded, "
                            + "%d failed, %d skipped%n", (System.nanoTime() - start) / 1e9, server.requests(),
                    recorded.testEvents().succeeded().count(), recorded.testEvents().failed().count(),
                    recorded.testEvents().skipped().count());
        }
        Map<String, String> replay;
        try (var closed = FakeModelServer.start(Duration.ZERO, FakeModelServer.Faults.none())) {
            replay = configuration(closed, folder, "replay", "replay"); // its port is closed from here on
        }
        System.gc();
        HeapPeak heap = HeapPeak.start();
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        EngineDiscoveryResults discovered = EngineTestKit.engine("personagym").configurationParameters(replay)
                .selectors(selectDirectory(benchmark.toFile())).discover();
        double discovery = (System.nanoTime() - start) / 1e9;
        long tests = discovered.getEngineDescriptor().getDescendants().stream().filter(d -> d.isTest()).count();
        System.out.printf(Locale.ROOT, "replay, engine discovery: %.2f s, %d tests, %d discovery issues%n", discovery,
                tests, discovered.getDiscoveryIssues().size());
        start = System.nanoTime();
        EngineExecutionResults replayed = execute(replay, benchmark);
        double run = (System.nanoTime() - start) / 1e9;
        double cpu = (processCpuNanos() - cpuBefore) / 1e9;
        long peak = heap.stop();
        System.out.printf(Locale.ROOT, "replay, engine discovery + execution: %.1f s; tests: %d succeeded, %d failed, "
                        + "%d skipped%n", run, replayed.testEvents().succeeded().count(),
                replayed.testEvents().failed().count(), replayed.testEvents().skipped().count());
        System.out.printf(Locale.ROOT, "replay, CPU time of this JVM (all threads) during discovery + execution: "
                + "%.1f s, on %d cores%n", cpu, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "replay, heap in use: peak %d MiB (sampled every 20 ms) of %d MiB%n",
                peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap in use at the end, after a full GC: %d MiB%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        System.out.println("machine load (1, 5, 15 min): " + loadAverage());
        System.out.println("report: " + folder.resolve("replay/report.json"));
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** The most heap in use at once, sampled on a daemon thread (the pools' own peaks are not simultaneous). */
    private static final class HeapPeak {

        private final java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        static HeapPeak start() {
            HeapPeak sampler = new HeapPeak();
            sampler.thread = new Thread(() -> {
                var memory = ManagementFactory.getMemoryMXBean();
                while (sampler.running) {
                    sampler.peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-peak");
            sampler.thread.setDaemon(true);
            sampler.thread.start();
            return sampler;
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak.get();
        }
    }

    /** Copies the reference files, then synthesises the rest up to {@code count}; returns how many it synthesised. */
    static int benchmarkFiles(Path reference, Path target, int count) throws IOException {
        Files.createDirectories(target);
        List<Path> published;
        try (Stream<Path> files = Files.list(reference)) {
            published = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        if (published.isEmpty()) {
            throw new IllegalStateException("No question files in " + reference + ": set -Dreference.dir to the "
                    + "folder that holds benchmark-v1");
        }
        List<Path> copies = new ArrayList<>();
        for (Path file : published.subList(0, Math.min(count, published.size()))) {
            copies.add(Files.copy(file, target.resolve(file.getFileName().toString())));
        }
        int synthesised = 0;
        for (int i = 0; copies.size() + synthesised < count; i++) {
            Path model = published.get(i % published.size());
            String description = model.getFileName().toString().replaceFirst("\\.json$", "")
                    .replaceFirst("^(?i)(a|an|the) ", "");
            Files.copy(model, target.resolve("A synthetic twin " + (i + 1) + " of " + description + ".json"));
            synthesised++;
        }
        return synthesised;
    }

    private static Map<String, String> configuration(FakeModelServer server, Path folder, String mode, String reports) {
        Map<String, String> config = GymRun.engineConfiguration(server, folder);
        config.put("personagym.mode", mode);
        config.put("personagym.concurrency", "32");
        config.put("personagym.report.dir", folder.resolve(reports).toString());
        return config;
    }

    private static EngineExecutionResults execute(Map<String, String> config, Path benchmark) {
        return EngineTestKit.engine("personagym").configurationParameters(config)
                .selectors(selectDirectory(benchmark.toFile())).execute();
    }
}
