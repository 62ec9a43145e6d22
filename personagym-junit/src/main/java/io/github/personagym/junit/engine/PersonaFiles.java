package io.github.personagym.junit.engine;

import io.github.personagym.Persona;
import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.Configuration;
import io.github.personagym.gym.Suite;
import io.github.personagym.gym.SuiteFile;
import io.github.personagym.persona.PersonaLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Loads persona files and finds their suites: in the suite folder, else beside the persona file. */
final class PersonaFiles {

    private final Configuration configuration;
    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    PersonaFiles(Configuration configuration) {
        this.configuration = configuration;
    }

    Persona load(PersonaLocation location) {
        byte[] content = read(location);
        Persona persona = PersonaLoader.parse(location.display(), content);
        hashes.put(location.toString(), PersonaLoader.contentHash(content));
        return persona;
    }

    /** The content hash of a persona file this instance loaded. */
    String hash(PersonaLocation location) {
        return hashes.get(location.toString());
    }

    /** The suite folder, as configured; relative paths are relative to the working directory. */
    Path suiteDir() {
        return io.github.personagym.config.ProjectPaths.of(configuration, ConfigKeys.SUITE_DIR, ConfigKeys.DEFAULT_SUITE_DIR);
    }

    /** Where a new suite for this persona is written. */
    Path suitePath(Persona persona) {
        return SuiteFile.pathFor(suiteDir(), persona.id());
    }

    PersonaSuite suite(Persona persona, PersonaLocation location) {
        String hash = hash(location);
        if (configuration.getBoolean(ConfigKeys.SUITE_REGENERATE, false)) {
            return new PersonaSuite(Optional.empty(), Optional.empty(), hash);
        }
        Optional<Suite> suite = SuiteFile.read(SuiteFile.locate(suiteDir(), persona.id(), location.file()));
        Optional<String> changed = suite.flatMap(made -> SuiteFile.personaChanged(made, persona, Optional.ofNullable(hash)));
        if (changed.isPresent()) {
            return new PersonaSuite(Optional.empty(), changed, hash);
        }
        return new PersonaSuite(suite, Optional.empty(), hash);
    }

    private static byte[] read(PersonaLocation location) {
        try {
            if (location.file().isPresent()) {
                return Files.readAllBytes(location.file().get());
            }
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            try (InputStream in = loader.getResourceAsStream(location.resource().get())) {
                if (in == null) {
                    throw new IOException("not on the classpath");
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read persona file " + location.display() + ": " + e.getMessage(), e);
        }
    }

    /** A persona's suite, if one can be used, and why one on disk cannot. */
    record PersonaSuite(Optional<Suite> suite, Optional<String> stale, String personaHash) {
    }
}
