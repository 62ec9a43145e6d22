package io.github.personagym.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.personagym.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkReaderTest {

    @Nested
    class ThePublishedFolder {

        @Test
        void everyFileBecomesAPersonaWithFiftyQuestionsAndNoProblem() throws IOException {
            Path folder = ReferenceBenchmark.folder();
            long files;
            try (Stream<Path> list = Files.list(folder)) {
                files = list.filter(f -> f.getFileName().toString().endsWith(".json")).count();
            }

            BenchmarkSet set = BenchmarkReader.read(folder);

            assertThat(set.problems()).isEmpty();
            assertThat(set.personas()).hasSize((int) files).hasSizeGreaterThanOrEqualTo(148);
            assertThat(set.questionCount()).isEqualTo(set.personas().size() * 50);
            for (BenchmarkPersona persona : set.personas()) {
                assertThat(persona.questions()).as(persona.id()).hasSize(50);
                assertThat(persona.tasks()).as(persona.id()).containsExactlyInAnyOrderElementsOf(Task.BUILT_IN_NAMES);
                Task.BUILT_IN_NAMES.forEach(task -> assertThat(persona.questions().stream()
                        .filter(q -> q.task().equals(task))).as("%s %s", persona.id(), task).hasSize(10));
            }
        }

        @Test
        void everyDescriptionIsOneOfThePaperPersonasAndThePersonaTextIsItsDescription() throws IOException {
            Set<String> paper = new HashSet<>();
            new ObjectMapper().readTree(ReferenceBenchmark.reference().resolve("personas.json").toFile())
                    .forEach(node -> paper.add(node.asText()));

            BenchmarkSet set = BenchmarkReader.read(ReferenceBenchmark.folder());

            assertThat(paper).hasSize(200);
            for (BenchmarkPersona persona : set.personas()) {
                assertThat(paper).as("the paper's personas").contains(persona.description());
                assertThat(persona.persona().description()).isEqualTo(persona.description());
                assertThat(persona.persona().profile()).isEqualTo(persona.description());
                assertThat(persona.file().getFileName().toString()).isEqualTo(persona.description() + ".json");
            }
        }

        @Test
        void idsAreUniqueAndMadeFromTheDescriptionAlone() {
            BenchmarkSet set = BenchmarkReader.read(ReferenceBenchmark.folder());

            Set<String> ids = set.personas().stream().map(BenchmarkPersona::id).collect(Collectors.toSet());
            assertThat(ids).hasSize(set.personas().size());
            for (BenchmarkPersona persona : set.personas()) {
                assertThat(persona.id()).matches("[a-z0-9]+(-[a-z0-9]+)*").hasSizeLessThanOrEqualTo(60)
                        .isEqualTo(PersonaIds.of(persona.description()));
            }
            assertThat(set.persona("20-year-old-scientist-from-sydney-who-loves-hiking")).isPresent();
        }

        @Test
        void keysAreTheTaskAndThePublishedPlaceAndToxicityIsReadAsToxicityControl() throws IOException {
            BenchmarkSet set = BenchmarkReader.read(ReferenceBenchmark.folder());
            BenchmarkPersona persona = set.personas().get(7);
            JsonNode file = new ObjectMapper().readTree(persona.file().toFile());

            assertThat(persona.questions()).extracting(BenchmarkQuestion::key).doesNotHaveDuplicates()
                    .contains("expected-action-1", "action-justification-10", "linguistic-habits-5",
                            "persona-consistency-3", "toxicity-control-1", "toxicity-control-10");
            for (BenchmarkQuestion question : persona.questions()) {
                String fileKey = question.task().equals(Task.TOXICITY_CONTROL) ? "Toxicity" : question.task();
                assertThat(question.text()).isEqualTo(file.get(fileKey).get(question.number() - 1).asText().strip());
                assertThat(question.key()).endsWith("-" + question.number());
            }
            assertThat(persona.questions()).extracting(BenchmarkQuestion::task).doesNotContain("Toxicity");
        }

        @Test
        void twoReadsGiveTheSameIdsAndKeys() {
            Path folder = ReferenceBenchmark.folder();
            assertThat(BenchmarkReader.read(folder)).isEqualTo(BenchmarkReader.read(folder));
        }
    }

    @Nested
    class BrokenFiles {

        @TempDir
        Path folder;

        @Test
        void eachBrokenFileIsReportedByNameWithWhatIsWrongAndTheOthersAreRead() throws IOException {
            copyAll(ReferenceBenchmark.fixture("broken"), folder);
            copyAll(ReferenceBenchmark.fixture("good"), folder);

            BenchmarkSet set = BenchmarkReader.read(folder);

            assertThat(set.personas()).extracting(BenchmarkPersona::id)
                    .containsExactly("30-year-old-baker-from-lyon-who-runs-marathons",
                            "70-year-old-lighthouse-keeper-from-maine-who-paints-gulls");
            Map<String, String> problems = set.problems().stream()
                    .collect(Collectors.toMap(p -> p.file().getFileName().toString(), BenchmarkProblem::problem));
            assertThat(problems).hasSize(6);
            assertThat(problems.get("A persona without the toxicity task.json")).contains("\"Toxicity\" is missing");
            assertThat(problems.get("A persona with nine questions per task.json"))
                    .contains("has 9 questions, the benchmark has 10 per task");
            assertThat(problems.get("A persona with an unknown task.json")).contains("unknown task \"Humour\"");
            assertThat(problems.get("A persona given as a list.json")).contains("expected a JSON object", "found a list");
            assertThat(problems.get("A persona cut off mid-file.json")).startsWith("not valid JSON at line 4");
            assertThat(problems.get("A persona with a number for a question.json"))
                    .contains("question 4 of task \"Linguistic Habits\" should be a non-empty string, found a number");
            assertThat(set.problems().get(0).message()).startsWith(set.problems().get(0).file().getFileName() + ": ");
        }

        @Test
        void aFolderWithPersonaYamlIsNotABenchmarkFolder() throws IOException {
            copyAll(ReferenceBenchmark.fixture("good"), folder);
            assertThat(BenchmarkReader.isBenchmarkFolder(folder)).isTrue();

            Files.writeString(folder.resolve("captain.yaml"), "id: captain\n");

            assertThat(BenchmarkReader.isBenchmarkFolder(folder)).isFalse();
            assertThat(BenchmarkReader.isBenchmarkFolder(folder.resolve("missing"))).isFalse();
        }

        private void copyAll(Path from, Path to) throws IOException {
            try (Stream<Path> files = Files.list(from)) {
                for (Path file : files.toList()) {
                    Files.copy(file, to.resolve(file.getFileName()));
                }
            }
        }
    }

    static List<BenchmarkPersona> synthetic(int count) {
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(i -> new BenchmarkPersona("persona-" + i, "SYNTHETIC persona " + i,
                        Path.of("persona-" + i + ".json"), List.of()))
                .toList();
    }
}
