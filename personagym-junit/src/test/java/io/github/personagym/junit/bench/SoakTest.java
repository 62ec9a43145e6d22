package io.github.personagym.junit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.personagym.Persona;
import io.github.personagym.evaluation.EvaluationResult;
import io.github.personagym.evaluation.QuestionResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Soak: 10 personas × 50 questions, two judges and the exemplar generator, through the real stack against
 * the local server injecting 5% 429 (Retry-After 0), 3% 500, 3% garbled verdicts, 1% timeouts and 1% cut
 * replies, chosen deterministically from each request's hash and attempt.
 */
class SoakTest {

    private static final FakeModelServer.Faults FAULTS = new FakeModelServer.Faults(0.05, 0.03, 0.03, 0.01, 0.01,
            Duration.ofMillis(1500));

    @TempDir
    Path folder;

    @Test
    void underFaultsEveryQuestionEndsScoredOrFailedWithItsReasonAndNoScoreDiffersFromAFaultFreeRun() {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            Map<String, OptionalDouble> reference = scores(run("clean", FakeModelServer.Faults.none(), null));
            assertThat(reference).hasSize(500).allSatisfy((key, score) -> assertThat(score).isPresent());

            FakeModelServer[] faulty = new FakeModelServer[1];
            List<EvaluationResult> results = run("faulty", FAULTS, faulty);

            List<QuestionResult> questions = results.stream().flatMap(r -> r.questions().stream()).toList();
            long scored = questions.stream().filter(q -> !q.failed()).count();
            long failed = questions.stream().filter(QuestionResult::failed).count();
            assertThat(results).hasSize(10).allSatisfy(r -> assertThat(r.questions()).hasSize(50));
            assertThat(scored + failed).isEqualTo(500);
            assertThat(scored).as("most questions survive the faults through retries and re-asks").isGreaterThan(450);
            assertThat(questions).allSatisfy(q -> {
                if (q.failed()) {
                    assertThat(q.score()).isEmpty();
                    assertThat(q.problem()).hasValueSatisfying(problem -> assertThat(problem).isNotBlank());
                } else {
                    assertThat(q.score()).isEqualTo(reference.get(id(results, q)));
                }
            });
            for (FakeModelServer.Fault fault : FakeModelServer.Fault.values()) {
                assertThat(faulty[0].faults(fault)).as("requests that met %s", fault).isPositive();
            }
        });
    }

    private List<EvaluationResult> run(String name, FakeModelServer.Faults faults, FakeModelServer[] keep) {
        var written = SyntheticPersonas.write(folder.resolve(name), 10, 10);
        List<Path> suites = written.stream().map(w -> w.suite().file().orElseThrow()).toList();
        List<Persona> personas = written.stream().map(SyntheticPersonas.Written::persona).toList();
        var server = FakeModelServer.start(Duration.ofMillis(2), faults);
        try {
            var settings = GymRun.Settings.of(server.baseUrl(), folder.resolve(name + "-recordings"), "live", 16)
                    .with("personagym.timeout", "1");
            return GymRun.run(settings, suites, personas).results();
        } finally {
            server.close();
            if (keep != null) {
                keep[0] = server;
            }
        }
    }

    private static Map<String, OptionalDouble> scores(List<EvaluationResult> results) {
        Map<String, OptionalDouble> scores = new HashMap<>();
        results.forEach(r -> r.questions().forEach(q -> scores.put(r.persona().id() + "/" + q.key(), q.score())));
        return scores;
    }

    private static String id(List<EvaluationResult> results, QuestionResult question) {
        return results.stream().filter(r -> r.questions().contains(question)).findFirst().orElseThrow().persona().id()
                + "/" + question.key();
    }
}
