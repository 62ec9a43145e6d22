package io.github.personagym.junit.bench;

import io.github.personagym.Persona;
import io.github.personagym.suite.SuiteFile;
import io.github.personagym.persona.PersonaLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A child JVM for the crash-safety tests: evaluates every persona of a folder (suites beside them) against
 * the server at {@code args[0]}, recording into {@code args[2]}, writing exemplars back into the suites.
 * Arguments: base URL, persona folder, recordings folder.
 */
public final class RecordingChild {

    private RecordingChild() {
    }

    public static void main(String[] args) throws IOException {
        Path personaDir = Path.of(args[1]);
        List<Path> files;
        try (Stream<Path> list = Files.list(personaDir)) {
            files = list.filter(p -> p.toString().endsWith(".yaml") && !p.toString().endsWith(SuiteFile.EXTENSION))
                    .sorted().toList();
        }
        List<Persona> personas = new ArrayList<>();
        List<Path> suites = new ArrayList<>();
        for (Path file : files) {
            Persona persona = PersonaLoader.load(file);
            personas.add(persona);
            suites.add(SuiteFile.pathFor(personaDir, persona.id()));
        }
        var outcome = GymRun.run(GymRun.Settings.of(args[0], Path.of(args[2]), "auto", 8), suites, personas);
        System.out.println("calls " + outcome.total().calls());
    }
}
