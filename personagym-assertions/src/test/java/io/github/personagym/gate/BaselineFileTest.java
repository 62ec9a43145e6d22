package io.github.personagym.gate;

import io.github.personagym.report.ScriptedRuns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.personagym.Task;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a crash, a concurrent update and a file of a later version can do to the baseline file: a crash leaves
 * the old file, writers in other threads and other JVMs lose no entry, a later version is refused.
 */
class BaselineFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HABITS = Task.LINGUISTIC_HABITS;

    @TempDir
    Path dir;

    Path baseline() {
        return dir.resolve("personagym/baseline.json");
    }

    void update(String... personas) {
        var gate = new RegressionGate(baseline(), 0.25, true);
        for (String persona : personas) {
            gate.check(ScriptedRuns.persona(persona).answers(HABITS, 4, 5).build());
        }
        gate.writeUpdates();
    }

    List<String> entries() throws IOException {
        List<String> names = new ArrayList<>();
        JSON.readTree(baseline().toFile()).path("personas").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The files beside the baseline other than the baseline and its lock file: none, unless a temporary is left. */
    List<Path> otherFiles() throws IOException {
        try (Stream<Path> files = Files.list(baseline().getParent())) {
            return files.filter(f -> !f.equals(baseline()) && !f.equals(BaselineLock.lockFile(baseline()))).toList();
        }
    }

    @Nested
    class Crash {

        @Test
        void nothingIsWrittenBeforeTheEndOfTheRunSoARunThatEndsEarlyLeavesTheOldFile() throws IOException {
            update("nurse");
            byte[] before = Files.readAllBytes(baseline());
            var gate = new RegressionGate(baseline(), 0.25, true);

            gate.check(ScriptedRuns.persona("captain").answers(HABITS, 1, 1).build());
            gate.check(ScriptedRuns.persona("nurse").answers(HABITS, 1, 1).build());

            assertThat(Files.readAllBytes(baseline())).as("the file during the run").isEqualTo(before);
            gate.writeUpdates();
            assertThat(entries()).containsExactly("captain", "nurse");
            assertThat(JSON.readTree(baseline().toFile()).at("/personas/nurse/personaScore/score").asDouble())
                    .isEqualTo(1.0);
        }

        @Test
        void aRunKilledAfterItsChecksLeavesTheOldFileByteForByte() throws Exception {
            update("nurse");
            byte[] before = Files.readAllBytes(baseline());

            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                Process child = child("hang", baseline().toString());
                try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    assertThat(out.readLine()).isEqualTo("checked");
                }
                child.destroyForcibly().waitFor();
            });

            assertThat(Files.readAllBytes(baseline())).isEqualTo(before);
            assertThat(otherFiles()).isEmpty();
        }

        @Test
        void temporaryFilesAKilledWriterLeftAreRemoved() throws IOException {
            update("nurse");
            Path leftover = baseline().resolveSibling("baseline.json.5f0c9a52-0000-4000-8000-000000000000.tmp");
            Files.writeString(leftover, "{ \"schemaVersion\" : 1, \"perso");

            update("captain");

            assertThat(otherFiles()).isEmpty();
            assertThat(entries()).containsExactly("captain", "nurse");
        }
    }

    @Nested
    class ConcurrentUpdates {

        @Test
        void writersInManyThreadsEachWithItsOwnGateLoseNoEntry() throws Exception {
            update("existing");
            int threads = 6;
            int each = 8;
            var start = new CyclicBarrier(threads);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    String prefix = "thread" + t;
                    done.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < each; i++) {
                            update(prefix + "-" + i);
                        }
                        return null;
                    }));
                }
                for (Future<?> future : done) {
                    future.get();
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(entries()).hasSize(1 + threads * each).contains("existing", "thread0-0", "thread5-7");
            assertThat(otherFiles()).isEmpty();
        }

        @Test
        void twoJvmsUpdatingOneBaselineAtOnceLoseNoEntry() throws Exception {
            update("existing");
            Path go = dir.resolve("go");
            int each = 25;

            assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
                Process first = child("write", baseline().toString(), "fork1", String.valueOf(each), go.toString());
                Process second = child("write", baseline().toString(), "fork2", String.valueOf(each), go.toString());
                Files.createFile(go);
                assertThat(first.waitFor()).as(output(first)).isZero();
                assertThat(second.waitFor()).as(output(second)).isZero();
            });

            List<String> expected = new ArrayList<>(List.of("existing"));
            IntStream.range(0, each).forEach(i -> expected.addAll(List.of("fork1-" + i, "fork2-" + i)));
            assertThat(entries()).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(otherFiles()).isEmpty();
        }
    }

    @Nested
    class LaterSchemaVersion {

        static final String LATER = """
                { "schemaVersion" : 99, "personas" : { "captain" : { "personaScore" : { "score" : 4.0 },
                  "somethingNew" : true } } }
                """;

        @Test
        void isRefusedByTheCheckNamingTheFileAndTheVersionThisBuildReads() throws IOException {
            Files.createDirectories(baseline().getParent());
            Files.writeString(baseline(), LATER);

            GateResult result = new RegressionGate(baseline(), 0.25, false)
                    .check(ScriptedRuns.persona("captain").answers(HABITS, 1, 1).build());

            assertThat(result.status()).isEqualTo(GateResult.Status.BROKEN);
            assertThat(result.failed()).isTrue();
            assertThat(result.message()).isEqualTo("The baseline " + baseline() + " has schemaVersion 99, but this "
                    + "build of PersonaGym reads schemaVersion 1 only, so it neither compares with it nor writes over "
                    + "it. Run the PersonaGym version that wrote it, or move the file away and write a new one with "
                    + "./mvnw verify -Dpersonagym.baseline.update=true");
        }

        @Test
        void isNotWrittenOver() throws IOException {
            Files.createDirectories(baseline().getParent());
            Files.writeString(baseline(), LATER);
            var gate = new RegressionGate(baseline(), 0.25, true);

            GateResult result = gate.check(ScriptedRuns.persona("captain").answers(HABITS, 4, 4).build());
            gate.writeUpdates();

            assertThat(result.status()).isEqualTo(GateResult.Status.BROKEN);
            assertThat(result.message()).contains("has schemaVersion 99");
            assertThat(Files.readString(baseline())).isEqualTo(LATER);
        }

        @Test
        void thatAppearsDuringTheRunIsNotWrittenOverEither() throws IOException {
            var gate = new RegressionGate(baseline(), 0.25, true);
            gate.check(ScriptedRuns.persona("captain").answers(HABITS, 4, 4).build());
            Files.createDirectories(baseline().getParent());
            Files.writeString(baseline(), LATER);

            assertThatThrownBy(gate::writeUpdates).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("has schemaVersion 99");
            assertThat(Files.readString(baseline())).isEqualTo(LATER);
            assertThat(otherFiles()).isEmpty();
        }
    }

    private Process child(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                BaselineWriterChild.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static String output(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
