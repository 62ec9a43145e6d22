package io.github.personagym.benchmark;

import io.github.personagym.suite.Suite;
import io.github.personagym.suite.SuiteFile;
import io.github.personagym.suite.SuiteQuestion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.personagym.Persona;
import io.github.personagym.config.Configuration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkSuitesTest {

    static Path reference() {
        Path dir = Path.of(System.getProperty("reference.dir", "../../shared/reference/personagym"));
        assumeTrue(Files.isDirectory(dir.resolve("benchmark-v1")), () -> "PersonaGym reference data not found at " + dir
                + "; the benchmark tests need ../shared/reference/personagym beside the project");
        return dir;
    }

    @Test
    void everyPublishedPersonaBecomesASuiteOfItsFiftySavedQuestionsMadeForIt() {
        Path folder = reference().resolve("benchmark-v1");

        BenchmarkSuites benchmark = BenchmarkSuites.inFolder(folder, Configuration.of(Map.of())).orElseThrow();

        assertThat(benchmark.problems()).isEmpty();
        assertThat(benchmark.personas()).hasSizeGreaterThanOrEqualTo(148);
        assertThat(benchmark.selection()).isEqualTo("Benchmark: all " + benchmark.personas().size() + " personas");
        for (BenchmarkSuites.Entry entry : benchmark.personas()) {
            Suite suite = entry.suite();
            assertThat(suite.personaId()).isEqualTo(entry.persona().id());
            assertThat(suite.questions()).hasSize(50).allSatisfy(q -> {
                assertThat(q.environment()).isEqualTo("benchmark-v1");
                assertThat(q.exemplars()).isEmpty();
            });
            assertThat(suite.tasks()).containsExactly("Expected Action", "Action Justification", "Linguistic Habits",
                    "Persona Consistency", "Toxicity Control");
            assertThat(suite.question("toxicity-control-10")).isPresent();
            assertThat(suite.generator()).isEqualTo(BenchmarkSuites.GENERATOR);
            assertThat(SuiteFile.personaChanged(suite, entry.persona(), Optional.empty())).isEmpty();
            assertThat(entry.persona().description() + ".json").isEqualTo(entry.file().getFileName().toString());
        }
    }

    @Test
    void aBenchmarkSuiteSurvivesTheSuiteFileSoExemplarsCanBeKept(@TempDir Path dir) {
        BenchmarkSuites.Entry entry = BenchmarkSuites.load(reference().resolve("benchmark-v1"),
                Configuration.of(Map.of("personagym.benchmark.personas", "1"))).personas().get(0);
        Path file = SuiteFile.pathFor(dir, entry.persona().id());

        SuiteFile.write(entry.suite(), file);

        Suite read = SuiteFile.read(file).orElseThrow();
        assertThat(read.questions()).extracting(SuiteQuestion::key, SuiteQuestion::task, SuiteQuestion::text)
                .containsExactlyElementsOf(entry.suite().questions().stream()
                        .map(q -> org.assertj.core.groups.Tuple.tuple(q.key(), q.task(), q.text())).toList());
        assertThat(SuiteFile.personaChanged(read, entry.persona(), Optional.empty())).isEmpty();
    }

    @Test
    void theShardsTakeEveryPersonaAndReportEachBrokenFileOnce(@TempDir Path folder) throws IOException {
        List<Path> published;
        try (var files = Files.list(reference().resolve("benchmark-v1"))) {
            published = files.sorted().limit(12).toList();
        }
        for (Path file : published) {
            Files.copy(file, folder.resolve(file.getFileName()));
        }
        for (int i = 1; i <= 5; i++) {
            Files.writeString(folder.resolve("SYNTHETIC broken persona " + i + ".json"), "{\"Toxicity\": [");
        }
        List<String> personas = new ArrayList<>();
        List<BenchmarkProblem> problems = new ArrayList<>();

        for (int i = 1; i <= 3; i++) {
            BenchmarkSuites shard = BenchmarkSuites.load(folder, Configuration.of(Map.of("personagym.shard", i + "/3")));
            shard.personas().forEach(e -> personas.add(e.persona().id()));
            problems.addAll(shard.problems());
        }

        assertThat(personas).hasSize(12).doesNotHaveDuplicates();
        assertThat(problems).hasSize(5).extracting(p -> p.file().getFileName().toString()).doesNotHaveDuplicates()
                .allMatch(name -> name.startsWith("SYNTHETIC broken persona"));
    }

    @Test
    void aFolderOfPersonaYamlIsNotTakenForTheBenchmark(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("captain.yaml"), "id: captain\ndescription: SYNTHETIC\n");
        Files.writeString(folder.resolve("notes.json"), "{}");

        assertThat(BenchmarkSuites.inFolder(folder, Configuration.of(Map.of()))).isEmpty();
    }

    @Test
    void theConfiguredFolderIsRelativeToTheProjectAndAMissingOneSaysSo(@TempDir Path project) throws IOException {
        Path folder = Files.createDirectories(project.resolve("clone/benchmark-v1"));
        Files.copy(Path.of("src/test/resources/benchmark/one/A SYNTHETIC tide-pool guide from Cornwall.json"),
                folder.resolve("A SYNTHETIC tide-pool guide from Cornwall.json"));

        Optional<BenchmarkSuites> configured = BenchmarkSuites.configured(Configuration.of(Map.of(
                "personagym.project.dir", project.toString(), "personagym.benchmark.dir", "clone/benchmark-v1")));

        assertThat(configured).get().extracting(b -> b.personas().get(0).persona()).extracting(Persona::id)
                .isEqualTo("synthetic-tide-pool-guide-from-cornwall");
        assertThat(BenchmarkSuites.configured(Configuration.of(Map.of()))).isEmpty();
        assertThatThrownBy(() -> BenchmarkSuites.configured(Configuration.of(Map.of(
                "personagym.project.dir", project.toString(), "personagym.benchmark.dir", "elsewhere"))))
                .hasMessageContaining("personagym.benchmark.dir names " + project.resolve("elsewhere"))
                .hasMessageContaining("which is not a folder");
    }
}
