package io.github.personagym.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvironmentPoolTest {

    private static final Path FIXTURES = Path.of("src/test/resources/environments");

    private final EnvironmentPool defaults = EnvironmentPool.defaultPool();

    @Test
    void defaultPoolHoldsThe150UniqueEnvironmentsOfTheMethod() {
        assertThat(defaults.names()).hasSize(150).doesNotHaveDuplicates();
        assertThat(new HashSet<>(defaults.names().stream().map(String::toLowerCase).toList())).hasSize(150);
        assertThat(defaults.names()).startsWith("Wedding", "Business Dinner", "Classroom");
        assertThat(defaults.names()).noneMatch(name -> name.startsWith("#") || name.isBlank());
    }

    @Test
    void defaultPoolEqualsTheReferenceEnvironments() throws IOException {
        Path file = Path.of(System.getProperty("reference.dir", "../../shared/reference/personagym"))
                .resolve("environments.json");
        assumeTrue(Files.isRegularFile(file), () -> "PersonaGym reference data not found at " + file
                + "; this check needs ../shared/reference/personagym beside the project");

        List<String> reference = new ObjectMapper().readValue(file.toFile(), new TypeReference<List<String>>() { });

        assertThat(defaults.names()).containsExactlyElementsOf(reference);
    }

    @Test
    void containsAndFindIgnoreCaseAndSurroundingBlanks() {
        assertThat(defaults.contains("  courtroom ")).isTrue();
        assertThat(defaults.find("SPACE STATION")).contains("Space Station");
        assertThat(defaults.contains("Lighthouse")).isFalse();
    }

    @Test
    void addedEnvironmentsFollowTheDefaultOnesAndRepeatsAreKeptOnce() {
        EnvironmentPool pool = defaults.withAdded(List.of("Lighthouse", " wedding ", "Fish Market", "lighthouse"));

        assertThat(pool.size()).isEqualTo(152);
        assertThat(pool.names()).endsWith("Lighthouse", "Fish Market");
        assertThat(pool.find("wedding")).contains("Wedding");
        assertThat(defaults.size()).as("the default pool is unchanged").isEqualTo(150);
    }

    @Test
    void aReplacedPoolHoldsOnlyTheNewNames() {
        EnvironmentPool pool = defaults.replacedBy(List.of("Lighthouse", "Fish Market"));

        assertThat(pool.names()).containsExactly("Lighthouse", "Fish Market");
        assertThat(pool.contains("Wedding")).isFalse();
    }

    @Test
    void blankNamesAndEmptyPoolsAreRefused() {
        assertThatThrownBy(() -> defaults.withAdded(List.of("Lighthouse", " ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An environment name must not be blank");
        assertThatThrownBy(() -> defaults.replacedBy(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An environment pool needs at least one environment");
    }

    @Test
    void aFileOfLinesGivesOneEnvironmentPerLineSkippingCommentsAndBlanks() {
        EnvironmentPool pool = EnvironmentPool.fromFile(FIXTURES.resolve("good/captain.txt"));

        assertThat(pool.names()).containsExactly("Harbour Master Office", "Lighthouse", "wedding");
    }

    @Test
    void aYamlListFileGivesItsEntries() {
        EnvironmentPool pool = EnvironmentPool.fromFile(FIXTURES.resolve("good/captain.yaml"));

        assertThat(pool.names()).containsExactly("Lighthouse", "Fish Market");
        assertThat(defaults.withAdded(pool.names()).names()).hasSize(152);
    }

    @Test
    void unusableFilesAreRefusedNamingTheFile() {
        Path empty = FIXTURES.resolve("broken/no-names.txt");
        Path mapping = FIXTURES.resolve("broken/mapping-entry.yaml");
        Path badYaml = FIXTURES.resolve("broken/bad-yaml.yaml");
        Path missing = FIXTURES.resolve("broken/missing.txt");

        assertThatThrownBy(() -> EnvironmentPool.fromFile(empty)).hasMessage("Environment file " + empty
                + " names no environment. Write one name per line, or a YAML list.");
        assertThatThrownBy(() -> EnvironmentPool.fromFile(mapping)).hasMessage("Environment file " + mapping
                + ": entry 2 of the list is not a name. Each entry is one environment name, e.g. '- Wedding'.");
        assertThatThrownBy(() -> EnvironmentPool.fromFile(badYaml))
                .hasMessageStartingWith("Environment file " + badYaml + ", line ")
                .hasMessageEndingWith("Write a YAML list of names, or one name per line.");
        assertThatThrownBy(() -> EnvironmentPool.fromFile(missing))
                .hasMessageStartingWith("Environment file " + missing + " could not be read (NoSuchFileException");
    }
}
