package io.github.personagym.persona;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.personagym.Persona;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonaLoaderTest {

    private static final Path GOOD = Path.of("src/test/resources/personas/good");

    @Test
    void readsEveryFieldOfAFullPersona() {
        Persona persona = PersonaLoader.load(GOOD.resolve("captain.yaml"));

        assertThat(persona.id()).isEqualTo("sea-captain");
        assertThat(persona.name()).contains("Captain Ada Morrow");
        assertThat(persona.description()).isEqualTo("A retired sea captain from Aberdeen who spent forty years"
                + " on cargo ships and now restores wooden boats.");
        assertThat(persona.attributes()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "age", "71", "occupation", "boat restorer", "location", "Aberdeen, Scotland",
                "height-m", "1.70", "retired", "true"));
        assertThat(persona.speakingStyle())
                .contains("Salty nautical metaphors, short sentences, calls everyone \"lad\" or \"lass\".");
        assertThat(persona.environments()).containsExactly("Harbour Pub", "Maritime Museum");
        assertThat(persona.tasks()).containsExactly("Linguistic Habits", "Persona Consistency");
        assertThat(persona.thresholds().personaScore()).hasValue(3.5);
        assertThat(persona.thresholds().tasks())
                .containsExactlyInAnyOrderEntriesOf(Map.of("Linguistic Habits", 4.0, "Persona Consistency", 3.75));
        assertThat(persona.language()).contains("en-GB");
        assertThat(persona.source()).contains(GOOD.resolve("captain.yaml").toString());
    }

    @Test
    void optionalFieldsDefaultToAbsentAndIdToTheFileName() {
        Persona persona = PersonaLoader.load(GOOD.resolve("nurse.yaml"));

        assertThat(persona.id()).isEqualTo("nurse");
        assertThat(persona.description()).isEqualTo("A patient paediatric nurse.");
        assertThat(persona.name()).isEmpty();
        assertThat(persona.attributes()).isEmpty();
        assertThat(persona.speakingStyle()).isEmpty();
        assertThat(persona.environments()).isEmpty();
        assertThat(persona.tasks()).isEmpty();
        assertThat(persona.thresholds().personaScore()).isEmpty();
        assertThat(persona.thresholds().tasks()).isEmpty();
        assertThat(persona.language()).isEmpty();
    }

    @Test
    void loadsFromTheClasspathAndRecordsTheResourceAsSource() {
        Persona persona = PersonaLoader.loadResource("personas/good/captain.yaml", getClass().getClassLoader());

        assertThat(persona.id()).isEqualTo("sea-captain");
        assertThat(persona.source()).contains("classpath:personas/good/captain.yaml");
    }

    @Test
    void leadingSlashOfAResourceIsIgnored() {
        Persona persona = PersonaLoader.loadResource("/personas/good/nurse.yaml", getClass().getClassLoader());

        assertThat(persona.source()).contains("classpath:personas/good/nurse.yaml");
    }

    @Test
    void missingResourceIsReportedWithItsName() {
        assertThatThrownBy(() -> PersonaLoader.loadResource("personas/none.yaml", getClass().getClassLoader()))
                .isInstanceOf(PersonaFileException.class)
                .hasMessageContaining("classpath:personas/none.yaml")
                .hasMessageContaining("no such resource");
    }

    @Test
    void missingFileIsReportedWithItsPath(@TempDir Path dir) {
        assertThatThrownBy(() -> PersonaLoader.load(dir.resolve("ghost.yaml")))
                .isInstanceOf(PersonaFileException.class)
                .hasMessageContaining("ghost.yaml")
                .hasMessageContaining("does not exist");
    }

    @Test
    void byteOrderMarkIsSkippedAndNorwegianNoStaysText() {
        Persona persona = PersonaLoader.load(GOOD.resolve("bom-coach.yaml"));

        assertThat(persona.description()).isEqualTo("A chess coach who explains every move.");
        assertThat(persona.language()).contains("no");
    }

    @Test
    void parseTakesTheDefaultIdFromTheDisplayName() {
        Persona persona = PersonaLoader.parse("some/dir/pirate.v2.yaml", utf8("description: A pirate."));

        assertThat(persona.id()).isEqualTo("pirate.v2");
        assertThat(persona.source()).contains("some/dir/pirate.v2.yaml");
    }

    @Test
    void fileNameThatIsNoValidIdNeedsAnExplicitId() {
        assertThatThrownBy(() -> PersonaLoader.parse("my captain.yaml", utf8("description: A captain.")))
                .hasMessageContaining("my captain.yaml:1: the file name 'my captain' cannot serve as the persona's id")
                .hasMessageContaining("Add an 'id:' line");

        assertThat(PersonaLoader.parse("my captain.yaml", utf8("id: captain\ndescription: A captain.")).id())
                .isEqualTo("captain");
    }

    @Test
    void quotedNumbersAndExplicitStringTagsAreText() {
        Persona persona = PersonaLoader.parse("p.yaml",
                utf8("description: A clerk.\nname: !!str 42\nattributes:\n  zip: '01234'\n  born: 1950-03-02\n"));

        assertThat(persona.name()).contains("42");
        assertThat(persona.attributes()).containsEntry("zip", "01234").containsEntry("born", "1950-03-02");
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnceInLineOrder() {
        var e = catchThrowableOfType(PersonaFileException.class, () -> PersonaLoader.parse("many.yaml",
                utf8("name: Ada\nlanguage: english\nthresholds:\n  persona-score: 0\nname: Bea\n")));

        assertThat(e.problems()).extracting(PersonaProblem::line).containsExactly(1, 2, 4, 5);
        assertThat(e.getMessage()).startsWith("4 problems in persona file many.yaml:\n")
                .contains("many.yaml:1:1: the required key 'description' is missing.")
                .contains("many.yaml:2:11: field 'language'")
                .contains("many.yaml:4:18: field 'thresholds.persona-score': the value 0 is below the minimum of 1.")
                .contains("many.yaml:5:1: field 'name': duplicate key");
        assertThat(e.firstLine()).isEqualTo(1);
        assertThat(e.file()).isEqualTo("many.yaml");
    }

    @Test
    void problemsCarryFileLineColumnFieldMessageAndHint() {
        var e = catchThrowableOfType(PersonaFileException.class, () -> PersonaLoader.parse("t.yaml",
                utf8("description: A captain.\nthresholds:\n  tasks:\n    Linguistic Habits: 9\n")));

        assertThat(e.problems()).singleElement().isEqualTo(new PersonaProblem("t.yaml", 4, 24,
                "thresholds.tasks.Linguistic Habits", "the value 9 is above the maximum of 5.",
                "A task's minimum score: 1 to 5 for a rubric task, 0 to 1 for a judge-free task."));
        assertThat(e.firstLine()).isEqualTo(4);
        assertThat(e.firstColumn()).isEqualTo(24);
    }

    @Test
    void contentHashIsTheSha256OfTheBytesInHex() {
        assertThat(PersonaLoader.contentHash(utf8("abc")))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(PersonaLoader.contentHash(utf8("description: a")))
                .isNotEqualTo(PersonaLoader.contentHash(utf8("description: b")));
    }

    @Test
    void aFileJustUnderTheSizeLimitLoads(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("long.yaml");
        String description = "x".repeat(PersonaLoader.MAX_FILE_BYTES - 20);
        Files.writeString(file, "description: " + description + "\n", StandardCharsets.UTF_8);

        assertThat(PersonaLoader.load(file).description()).hasSize(description.length());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
