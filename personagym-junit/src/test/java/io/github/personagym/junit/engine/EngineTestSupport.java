package io.github.personagym.junit.engine;

import io.github.personagym.suite.Suite;
import io.github.personagym.suite.SuiteFile;
import io.github.personagym.suite.SuiteQuestion;
import io.github.personagym.persona.PersonaLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Suites and a configured test kit for the engine's tests. */
final class EngineTestSupport {

    private EngineTestSupport() {
    }

    static EngineTestKit.Builder kit(ScriptedServices services, Path suites, Path reports) {
        return EngineTestKit.engine(new PersonaGymTestEngine(configuration -> services))
                .configurationParameter("personagym.suite.dir", suites.toString())
                .configurationParameter("personagym.report.dir", reports.toString())
                .configurationParameter("personagym.baseline", reports.resolve("baseline.json").toString())
                .configurationParameter("personagym.progress", "false");
    }

    /** Writes the hand-written test suites of the fixture personas, with their current hashes. */
    static void writeSuites(Path dir) {
        SuiteFile.write(new Suite("captain", hash("engine/personas/captain.yaml"), "hand-written (test fixture)",
                List.of("Wedding", "Camping Trip"), List.of(
                        question("expected-action-1", "Expected Action", "Wedding",
                                "The best man faints during his toast. What do you do?"),
                        question("linguistic-habits-1", "Linguistic Habits", "Wedding", "Greet the guests."),
                        question("expected-action-2", "Expected Action", "Camping Trip",
                                "A storm is coming. What do you do?"),
                        question("linguistic-habits-2", "Linguistic Habits", "Camping Trip",
                                "Tell a story by the fire.")), Optional.empty()),
                SuiteFile.pathFor(dir, "captain"));
        SuiteFile.write(new Suite("nurse", hash("engine/personas/nurse.yaml"), "hand-written (test fixture)",
                List.of("Hospital Ward"), List.of(question("linguistic-habits-1", "Linguistic Habits",
                        "Hospital Ward", "Explain an injection to a child.")), Optional.empty()),
                SuiteFile.pathFor(dir, "nurse"));
    }

    static String hash(String resource) {
        try (InputStream in = EngineTestSupport.class.getClassLoader().getResourceAsStream(resource)) {
            return PersonaLoader.contentHash(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SuiteQuestion question(String key, String task, String environment, String text) {
        return new SuiteQuestion(key, task, environment, text, Optional.empty(), 0);
    }

    static Path resources() {
        return Path.of("src/test/resources").toAbsolutePath();
    }
}
