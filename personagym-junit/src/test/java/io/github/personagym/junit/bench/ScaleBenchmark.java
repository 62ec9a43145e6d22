package io.github.personagym.junit.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import io.github.personagym.Persona;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Scale mode of the benchmark ({@code -Dbench.scale=true}): 200 personas × 50 questions, two judges. It
 * records every exchange once against the local server at no latency, then replays: through the gym (all
 * personas at once), and through the engine (discovery of the persona folder, then execution).
 */
final class ScaleBenchmark {

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int personas = Integer.getInteger("bench.personas", 200);
        int perTask = Integer.getInteger("bench.questions", 10);
        Path folder = Files.createTempDirectory("personagym-scale");
        Path personaDir = folder.resolve("personas");
        Path recordings = folder.resolve("recordings");
        var written = SyntheticPersonas.write(personaDir, personas, perTask);
        List<Path> suites = written.stream().map(w -> w.suite().file().orElseThrow()).toList();
        List<Persona> loaded = written.stream().map(SyntheticPersonas.Written::persona).toList();
        System.out.printf(Locale.ROOT, "PersonaGym scale benchmark: %d personas × %d questions, two judges, %d cores,"
                + " -Xmx %d MiB%n", personas, perTask * 5, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        String baseUrl;
        try (var server = FakeModelServer.start(Duration.ZERO, FakeModelServer.Faults.none())) {
            baseUrl = server.baseUrl();
            var record = GymRun.run(GymRun.Settings.of(baseUrl, recordings, "auto", 32).threads(16, 128), suites, loaded);
            System.out.printf(Locale.ROOT, "record run: %.1f s, %d calls%n", Benchmark.seconds(record.wall()),
                    record.total().calls());
        }
        var replay = GymRun.run(GymRun.Settings.of(baseUrl, recordings, "replay", 32).threads(16, 128), suites, loaded);
        long scored = replay.results().stream().flatMap(r -> r.questions().stream()).filter(q -> !q.failed()).count();
        System.out.printf(Locale.ROOT, "replay through the gym: %.1f s, %d calls, %d replays, %d of %d questions scored%n",
                Benchmark.seconds(replay.wall()), replay.total().calls(), replay.total().replays(), scored,
                personas * perTask * 5L);
        engine(personaDir, recordings, baseUrl, personas);
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap in use at the end: %d MiB of %d MiB%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
    }

    private static void engine(Path personaDir, Path recordings, String baseUrl, int personas) {
        Map<String, String> config = new HashMap<>(GymRun.Settings.of(baseUrl, recordings, "replay", 32).configuration());
        config.put("personagym.judges", GymRun.JUDGE_A + "," + GymRun.JUDGE_B);
        config.put("personagym.agent", GymRun.AGENT);
        config.put("personagym.suite.dir", personaDir.toString());
        config.put("personagym.progress", "false");
        long start = System.nanoTime();
        EngineDiscoveryResults discovered = EngineTestKit.engine("personagym").configurationParameters(config)
                .selectors(selectDirectory(personaDir.toFile())).discover();
        double discovery = (System.nanoTime() - start) / 1e9;
        long tests = discovered.getEngineDescriptor().getDescendants().stream().filter(d -> d.isTest()).count();
        System.out.printf(Locale.ROOT, "engine discovery: %.2f s for %d personas, %d tests, %d discovery issues%n",
                discovery, personas, tests, discovered.getDiscoveryIssues().size());
        start = System.nanoTime();
        EngineExecutionResults executed = EngineTestKit.engine("personagym").configurationParameters(config)
                .selectors(selectDirectory(personaDir.toFile())).execute();
        double execution = (System.nanoTime() - start) / 1e9;
        var stats = executed.testEvents();
        System.out.printf(Locale.ROOT, "engine discovery + execution (replay): %.1f s; tests: %d succeeded, %d failed,"
                + " %d skipped%n", execution, stats.succeeded().count(), stats.failed().count(), stats.skipped().count());
    }
}
