package io.github.personagym.junit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.personagym.Persona;
import io.github.personagym.evaluation.QuestionResult;
import io.github.personagym.suite.SuiteFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs killed mid-way (kill -9 of a child JVM) and two JVMs sharing one recordings folder and one suite
 * folder: every file left behind parses, and the next run asks nothing that was already recorded.
 */
class CrashSafetyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void aRunKilledMidWayLeavesOnlyWholeFilesAndTheNextRunResumesWithoutAskingAgain() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            var written = SyntheticPersonas.write(folder.resolve("personas"), 4, 10);
            Path recordings = folder.resolve("recordings");
            try (var server = FakeModelServer.start(Duration.ofMillis(20), FakeModelServer.Faults.none())) {
                Process child = child(server.baseUrl(), recordings);
                while (server.requests() < 120 && child.isAlive()) {
                    Thread.sleep(10);
                }
                child.destroyForcibly().waitFor();
                assertThat(server.requests()).as("killed mid-way, not after the end").isBetween(120L, 250L);

                long recorded = assertAllFilesParse(recordings, written);
                assertThat(recorded).isPositive();

                var rerun = GymRun.run(GymRun.Settings.of(server.baseUrl(), recordings, "auto", 8), suites(written),
                        personas(written));

                assertThat(recordingFiles(recordings)).as("one new recording per call: none asked again")
                        .isEqualTo(recorded + rerun.total().calls());
                assertThat(rerun.total().replays()).isPositive();
                assertThat(rerun.results()).allSatisfy(r -> assertThat(r.questions()).noneMatch(QuestionResult::failed));
            }
        });
    }

    @Test
    void twoJvmsSharingRecordingsAndSuitesCorruptNothingAndLeaveEverythingRecorded() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            var written = SyntheticPersonas.write(folder.resolve("personas"), 3, 10);
            Path recordings = folder.resolve("recordings");
            try (var server = FakeModelServer.start(Duration.ofMillis(5), FakeModelServer.Faults.none())) {
                Process first = child(server.baseUrl(), recordings);
                Process second = child(server.baseUrl(), recordings);
                assertThat(first.waitFor()).isZero();
                assertThat(second.waitFor()).isZero();
                assertThat(server.requests()).as("at most both doing all the work").isLessThanOrEqualTo(2 * 3 * 80);

                assertAllFilesParse(recordings, written);
                var replay = GymRun.run(GymRun.Settings.of(server.baseUrl(), recordings, "replay", 8), suites(written),
                        personas(written));

                assertThat(replay.total().calls()).isZero();
                assertThat(replay.results()).allSatisfy(r -> assertThat(r.questions()).hasSize(50)
                        .noneMatch(QuestionResult::failed));
            }
        });
    }

    private Process child(String baseUrl, Path recordings) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                RecordingChild.class.getName(), baseUrl, folder.resolve("personas").toString(), recordings.toString())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("child-" + System.nanoTime() + ".log").toFile())
                .start();
    }

    /** Every recording is whole JSON whose key names its file; every suite reads. Returns the recordings. */
    private static long assertAllFilesParse(Path recordings, List<SyntheticPersonas.Written> written) throws IOException {
        List<Path> files = recordings(recordings);
        for (Path file : files) {
            JsonNode recording = JSON.readTree(file.toFile());
            assertThat(recording.path("key").asText() + ".json").isEqualTo(file.getFileName().toString());
            assertThat(recording.at("/response/text").isTextual()).as("reply of %s", file).isTrue();
        }
        written.forEach(w -> assertThat(SuiteFile.read(w.suite().file().orElseThrow())).isPresent());
        return files.size();
    }

    private static long recordingFiles(Path recordings) {
        return recordings(recordings).size();
    }

    private static List<Path> recordings(Path recordings) {
        if (!Files.isDirectory(recordings)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(recordings)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().startsWith(".")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> suites(List<SyntheticPersonas.Written> written) {
        return written.stream().map(w -> w.suite().file().orElseThrow()).toList();
    }

    private static List<Persona> personas(List<SyntheticPersonas.Written> written) {
        return written.stream().map(SyntheticPersonas.Written::persona).toList();
    }
}
