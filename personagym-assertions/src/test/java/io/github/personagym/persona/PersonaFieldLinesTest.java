package io.github.personagym.persona;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.personagym.Persona;
import io.github.personagym.Task;
import io.github.personagym.TaskKind;
import io.github.personagym.plan.ThresholdScales;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a field of a persona file is written, for messages about a value that loaded but cannot be used. */
class PersonaFieldLinesTest {

    private static final String FILE = """
            # Test fixture (hand-written)
            id: sailor
            description: A retired fisherman who speaks in short, salty sentences.
            thresholds:
              persona-score: 3.0
              tasks:
                Expected Action: 4
                Sea Knowledge: 3
            """;

    @Test
    void aFieldIsFoundOnItsLineAndAFieldNotWrittenOnItsNearestWrittenParent(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("sailor.yaml"), FILE);
        Persona persona = PersonaLoader.load(file);
        ClassLoader loader = getClass().getClassLoader();

        assertThat(PersonaLoader.lineOf(persona, List.of("thresholds", "tasks", "Sea Knowledge"), loader)).hasValue(8);
        assertThat(PersonaLoader.lineOf(persona, List.of("thresholds", "tasks", "Expected Action"), loader)).hasValue(7);
        assertThat(PersonaLoader.lineOf(persona, List.of("thresholds", "tasks", "Not There"), loader)).hasValue(7);
        assertThat(PersonaLoader.lineOf(Persona.of("nurse", "A paediatric nurse."), List.of("thresholds"), loader))
                .isEmpty();
    }

    @Test
    void anOffScaleThresholdOfAFileNamesTheFileAndItsLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("sailor.yaml"), FILE);
        Persona persona = PersonaLoader.load(file);
        List<Task> tasks = List.of(new Task(Task.EXPECTED_ACTION, "Acts in character.", "Ask what it would do.",
                        List.of("1", "2", "3", "4", "5"), false),
                new Task("Sea Knowledge", "Knows the sea.", "Ask about the sea.", List.of(), false, TaskKind.CHOICE));

        assertThatThrownBy(() -> ThresholdScales.checkPersonaFile(persona, persona.thresholds(), tasks, "sailor.yaml",
                task -> task, null))
                .isInstanceOfSatisfying(ThresholdScales.OffScaleThreshold.class, e -> assertThat(e.line()).isEqualTo(8))
                .hasMessageStartingWith("sailor.yaml:8: thresholds.tasks.Sea Knowledge is 3.00, outside the scale");
        Persona madeInCode = new Persona("sailor", java.util.Optional.empty(), "A fisherman.", java.util.Map.of(),
                java.util.Optional.empty(), List.of(), List.of(), persona.thresholds(), java.util.Optional.empty(),
                java.util.Optional.empty());
        assertThatThrownBy(() -> ThresholdScales.checkPersonaFile(madeInCode, madeInCode.thresholds(), tasks,
                "persona 'sailor'", task -> task, null))
                .hasMessageStartingWith("persona 'sailor': thresholds.tasks.Sea Knowledge is 3.00");
    }
}
