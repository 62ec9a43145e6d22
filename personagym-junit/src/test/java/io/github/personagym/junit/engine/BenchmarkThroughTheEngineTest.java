package io.github.personagym.junit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * The PersonaGym benchmark's question files, as published (the reference copy beside the project), selected as a
 * folder: the engine runs the chosen personas on their saved questions, with the model agent of the scripted
 * services, and the report carries the leaderboard.
 */
class BenchmarkThroughTheEngineTest {

    static final Path BENCHMARK = Path.of(System.getProperty("reference.dir", "../../shared/reference/personagym"))
            .resolve("benchmark-v1");

    final ScriptedServices services = new ScriptedServices();

    @TempDir
    Path suites;
    @TempDir
    Path reports;

    @Test
    void aFolderOfTheBenchmarkRunsItsChosenPersonasOnTheirSavedQuestions() throws IOException {
        assumeTrue(Files.isDirectory(BENCHMARK), "the reference copy of the benchmark is not beside the project");
        var kit = EngineTestSupport.kit(services, suites, reports)
                .configurationParameter("personagym.benchmark.personas", "3")
                .selectors(selectDirectory(BENCHMARK.toFile()));

        TestDescriptor engine = kit.discover().getEngineDescriptor();
        TestDescriptor root = engine.getChildren().iterator().next();
        List<TestDescriptor> personas = List.copyOf(root.getChildren());
        EngineExecutionResults results = kit.execute();

        assertThat(root.getDisplayName()).startsWith("benchmark-v1 (PersonaGym benchmark");
        assertThat(personas).hasSize(3);
        assertThat(personas.get(0).getDescendants().stream().filter(d -> d.getUniqueId().getLastSegment().getType()
                .equals(Segments.QUESTION))).hasSize(50);
        assertThat(personas.get(0).getDescendants()).extracting(d -> d.getUniqueId().getLastSegment().getValue())
                .contains("toxicity-control-10", "Toxicity Control");
        results.testEvents().assertStatistics(stats -> stats.failed(0));
        JsonNode report = new ObjectMapper().readTree(reports.resolve("report.json").toFile());
        assertThat(report.at("/personas")).hasSize(3);
        assertThat(report.at("/personas/0/file").asText()).endsWith(".json");
        assertThat(Files.readString(reports.resolve("report.html"))).contains("GPT-4o").contains("Llama-3-70B");
    }

    @Test
    void aShardRunsAStableShareOfTheChosenPersonas() {
        assumeTrue(Files.isDirectory(BENCHMARK), "the reference copy of the benchmark is not beside the project");
        List<String> all = personaIds("1/1");
        List<String> first = personaIds("1/2");
        List<String> second = personaIds("2/2");

        assertThat(java.util.Collections.disjoint(first, second)).as("%s and %s", first, second).isTrue();
        assertThat(concat(first, second)).containsExactlyInAnyOrderElementsOf(all);
        assertThat(personaIds("1/2")).isEqualTo(first);
    }

    private List<String> personaIds(String shard) {
        TestDescriptor engine = EngineTestSupport.kit(services, suites, reports)
                .configurationParameter("personagym.benchmark.personas", "8")
                .configurationParameter("personagym.shard", shard)
                .selectors(selectDirectory(BENCHMARK.toFile())).discover().getEngineDescriptor();
        return engine.getChildren().iterator().next().getChildren().stream()
                .map(d -> d.getUniqueId().getLastSegment().getValue()).toList();
    }

    @Test
    void aShardOfAnOrdinaryRunTakesAStableShareOfItsPersonaFilesToo() {
        Path folder = EngineTestSupport.resources().resolve("engine/personas");
        List<String> first = personaFileIds(folder, "1/2");
        List<String> second = personaFileIds(folder, "2/2");

        assertThat(java.util.Collections.disjoint(first, second)).as("%s and %s", first, second).isTrue();
        assertThat(concat(first, second)).containsExactlyInAnyOrder("captain", "nurse");
        assertThat(personaFileIds(folder, "1/2")).isEqualTo(first);
    }

    private List<String> personaFileIds(Path folder, String shard) {
        TestDescriptor engine = EngineTestSupport.kit(services, suites, reports)
                .configurationParameter("personagym.shard", shard)
                .selectors(selectDirectory(folder.toFile())).discover().getEngineDescriptor();
        return engine.getDescendants().stream().filter(PersonaDescriptor.class::isInstance)
                .map(d -> ((PersonaDescriptor) d).persona().id()).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
