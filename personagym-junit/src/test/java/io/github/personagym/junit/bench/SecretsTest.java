package io.github.personagym.junit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.personagym.evaluation.QuestionResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With an API key set, and a server that echoes it in its error replies, no file written and no message holds it. */
class SecretsTest {

    private static final String KEY = "sk-proj-DISTINCTIVEfakeKEY4242424242";

    @TempDir
    Path folder;

    @Test
    void theApiKeyReachesNoRecordingSuiteOrMessageEvenWhenTheServerEchoesIt() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            var written = SyntheticPersonas.write(folder.resolve("personas"), 2, 4);
            var faults = new FakeModelServer.Faults(0, 0.4, 0, 0, 0, Duration.ZERO);
            try (var server = FakeModelServer.start(Duration.ZERO, faults)) {
                var settings = GymRun.Settings.of(server.baseUrl(), folder.resolve("recordings"), "auto", 8)
                        .with("personagym.openai.api-key", KEY)
                        .with("personagym.retry.max-attempts", "2");

                var outcome = GymRun.run(settings, written.stream().map(w -> w.suite().file().orElseThrow()).toList(),
                        written.stream().map(SyntheticPersonas.Written::persona).toList());

                assertThat(server.authorizations()).as("the key was sent").contains("Bearer " + KEY);
                List<String> problems = outcome.results().stream().flatMap(r -> r.questions().stream())
                        .map(QuestionResult::problem).flatMap(java.util.Optional::stream).toList();
                assertThat(problems).as("some calls failed for good, with the server's echo in their reason")
                        .isNotEmpty().noneMatch(problem -> problem.contains(KEY));
                assertThat(filesContaining(folder, KEY)).isEmpty();
            }
        });
    }

    private static List<Path> filesContaining(Path root, String secret) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(file -> read(file).contains(secret)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
