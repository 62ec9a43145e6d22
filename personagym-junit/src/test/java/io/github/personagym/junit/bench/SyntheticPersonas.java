package io.github.personagym.junit.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.personagym.Persona;
import io.github.personagym.Task;
import io.github.personagym.suite.Suite;
import io.github.personagym.suite.SuiteFile;
import io.github.personagym.suite.SuiteQuestion;
import io.github.personagym.persona.PersonaLoader;
import io.github.personagym.task.TaskCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes persona files and their suites (questions, no exemplars) into a folder: descriptions from the
 * PersonaGym benchmark's persona list when {@code personas.json} is in {@code -Dreference.dir} or
 * {@code /work/shared/reference/personagym}, else SYNTHETIC text. Questions are SYNTHETIC; no benchmark question is
 * used.
 */
final class SyntheticPersonas {

    static final List<String> ENVIRONMENTS = List.of("Harbour Market", "Night Train");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<Path> REFERENCES = List.of(
            Path.of(System.getProperty("reference.dir", "/nonexistent"), "personas.json"),
            Path.of("/work/shared/reference/personagym/personas.json"));

    /** One persona as written: the loaded persona, its file, and its suite. */
    record Written(Persona persona, Path file, Suite suite) {
    }

    private SyntheticPersonas() {
    }

    /** Writes {@code count} personas with {@code questionsPerTask} questions for each of the five tasks. */
    static List<Written> write(Path folder, int count, int questionsPerTask) {
        return write(folder, count, questionsPerTask, 0);
    }

    /** As {@link #write(Path, int, int)}, numbering the personas from {@code first}. */
    static List<Written> write(Path folder, int count, int questionsPerTask, int first) {
        List<String> descriptions = descriptions();
        List<Written> written = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            written.add(writeOne(folder, i, descriptions.get(i % descriptions.size()), questionsPerTask));
        }
        return written;
    }

    private static Written writeOne(Path folder, int index, String description, int questionsPerTask) {
        String id = String.format(Locale.ROOT, "bench-%03d", index);
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("id", id);
        yaml.put("name", "Bench persona " + index);
        yaml.put("description", description);
        try {
            Files.createDirectories(folder);
            byte[] content = YAML.writeValueAsBytes(yaml);
            Path file = folder.resolve(id + ".yaml");
            Files.write(file, content);
            Persona persona = PersonaLoader.parse(file.toString(), content);
            Path suiteFile = SuiteFile.pathFor(folder, id);
            Suite suite = new Suite(id, PersonaLoader.contentHash(content), "synthetic (benchmark)", ENVIRONMENTS,
                    questions(index, questionsPerTask), Optional.of(suiteFile));
            SuiteFile.write(suite, suiteFile);
            return new Written(persona, file, SuiteFile.read(suiteFile).orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<SuiteQuestion> questions(int persona, int perTask) {
        List<SuiteQuestion> questions = new ArrayList<>();
        for (Task task : TaskCatalog.builtIn().all()) {
            String slug = task.name().toLowerCase(Locale.ROOT).replace(' ', '-');
            for (int n = 1; n <= perTask; n++) {
                String environment = ENVIRONMENTS.get(n % ENVIRONMENTS.size());
                String text = String.format(Locale.ROOT, "Synthetic question %d of %s for persona %d: in the %s, "
                        + "someone asks for your help with situation %d, which touches on what matters most to you. "
                        + "What do you do or say, and why?", n, task.name(), persona, environment, n);
                questions.add(new SuiteQuestion(slug + "-" + n, task.name(), environment, text, Optional.empty(), 0));
            }
        }
        return questions;
    }

    private static List<String> descriptions() {
        for (Path reference : REFERENCES) {
            if (Files.isRegularFile(reference)) {
                try {
                    String[] list = new ObjectMapper().readValue(reference.toFile(), String[].class);
                    if (list.length > 0) {
                        return List.of(list);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + reference, e);
                }
            }
        }
        List<String> synthetic = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            synthetic.add("A SYNTHETIC persona number " + i + ": a " + (25 + i) + "-year-old craftsperson who keeps "
                    + "old habits, speaks plainly and cares about doing things properly.");
        }
        return synthetic;
    }
}
