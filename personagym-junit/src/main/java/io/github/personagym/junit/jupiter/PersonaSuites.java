package io.github.personagym.junit.jupiter;

import io.github.personagym.Persona;
import io.github.personagym.Task;
import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.Configuration;
import io.github.personagym.gym.ConfiguredModels;
import io.github.personagym.gym.Suite;
import io.github.personagym.gym.SuiteFile;
import io.github.personagym.gym.SuiteGenerator;
import io.github.personagym.persona.PersonaFingerprint;
import io.github.personagym.persona.PersonaLoader;
import io.github.personagym.plan.PersonaNotEvaluated;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.opentest4j.TestAbortedException;

/**
 * Finds a persona's suite as the engine does: in {@value ConfigKeys#SUITE_DIR}, else beside a persona file
 * on disk; makes it with the generator when there is none or {@value ConfigKeys#SUITE_REGENERATE} is set.
 * Each persona's suite is read or made once per run.
 */
final class PersonaSuites {

    private final Configuration configuration;
    private final ConfiguredModels models;
    private final Map<String, Suite> suites = new ConcurrentHashMap<>();

    PersonaSuites(Configuration configuration, ConfiguredModels models) {
        this.configuration = configuration;
        this.models = models;
    }

    Suite suite(Persona persona, List<Task> tasks) {
        return suites.computeIfAbsent(persona.id(), id -> readOrMake(persona, tasks));
    }

    void update(Suite suite) {
        suites.put(suite.personaId(), suite);
        suite.file().ifPresent(file -> SuiteFile.write(suite, file, models.access().redaction()));
    }

    private Suite readOrMake(Persona persona, List<Task> tasks) {
        Optional<String> hash = contentHash(persona);
        Path path = SuiteFile.pathFor(suiteDir(), persona.id());
        if (!configuration.getBoolean(ConfigKeys.SUITE_REGENERATE, false)) {
            Optional<Suite> suite = SuiteFile.read(SuiteFile.locate(suiteDir(), persona.id(), personaFile(persona)));
            if (suite.isPresent()) {
                SuiteFile.personaChanged(suite.get(), persona, hash).ifPresent(why -> {
                    throw new PersonaNotEvaluated(why);
                });
                return suite.get();
            }
        }
        SuiteGenerator generator = models.suiteGenerator().orElseThrow(() -> {
            String why = "No suite for persona '" + persona.id() + "' at " + path + " and no generator model to make "
                    + "one: " + models.whyNoGenerator();
            System.out.println(models.access().redaction().redact("[personagym] SKIPPED " + persona.id() + ": " + why));
            return new TestAbortedException(why);
        });
        Suite made = generator.generate(persona, PersonaFingerprint.of(persona).hash(), tasks,
                models.environments().names());
        SuiteFile.write(made, path, models.access().redaction());
        return SuiteFile.read(path).orElse(made.withFile(path));
    }

    private Path suiteDir() {
        return io.github.personagym.config.ProjectPaths.of(configuration, ConfigKeys.SUITE_DIR, ConfigKeys.DEFAULT_SUITE_DIR);
    }

    private static Optional<Path> personaFile(Persona persona) {
        return persona.source().filter(source -> !source.startsWith(PersonaLoader.CLASSPATH_PREFIX)).map(Path::of);
    }

    /** The hash of the persona's file, when its source can still be read. */
    private static Optional<String> contentHash(Persona persona) {
        return persona.source().flatMap(PersonaSuites::read).map(PersonaLoader::contentHash);
    }

    private static Optional<byte[]> read(String source) {
        try {
            if (source.startsWith(PersonaLoader.CLASSPATH_PREFIX)) {
                ClassLoader loader = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                        .orElse(PersonaSuites.class.getClassLoader());
                String resource = source.substring(PersonaLoader.CLASSPATH_PREFIX.length());
                try (InputStream in = loader.getResourceAsStream(resource)) {
                    return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
                }
            }
            Path file = Path.of(source);
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
