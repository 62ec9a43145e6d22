package io.github.personagym.run;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.Persona;
import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.Configuration;
import io.github.personagym.config.ProjectPaths;
import io.github.personagym.suite.Suite;
import io.github.personagym.suite.SuiteFile;
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
@API(status = EXPERIMENTAL, since = "0.1")
public final class PersonaFiles {

    private final Configuration configuration;
    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    public PersonaFiles(Configuration configuration) {
        this.configuration = configuration;
    }

    /**
     * Reads a persona file and remembers its content hash.
     *
     * @throws io.github.personagym.persona.PersonaFileException naming file, line and field when it is broken
     * @throws UncheckedIOException                             when it cannot be read
     */
    public Persona load(PersonaFileLocation location) {
        byte[] content = read(location);
        Persona persona = PersonaLoader.parse(location.display(), content);
        hashes.put(location.describe(), PersonaLoader.contentHash(content));
        return persona;
    }

    /** The content hash of a persona file this instance loaded; null when it loaded none there. */
    public String hash(PersonaFileLocation location) {
        return hashes.get(location.describe());
    }

    /** The suite folder, as configured ({@value ConfigKeys#SUITE_DIR}); relative to the project folder. */
    public Path suiteDir() {
        return ProjectPaths.of(configuration, ConfigKeys.SUITE_DIR, ConfigKeys.DEFAULT_SUITE_DIR);
    }

    /** Where a new suite for this persona is written. */
    public Path suitePath(Persona persona) {
        return SuiteFile.pathFor(suiteDir(), persona.id());
    }

    /**
     * The suite of a persona this instance loaded from {@code location}: none when {@value ConfigKeys#SUITE_REGENERATE}
     * is set or there is none, and why one on disk cannot be used (the persona changed since it was made).
     */
    public PersonaSuite suite(Persona persona, PersonaFileLocation location) {
        return suite(persona, location.file(), Optional.ofNullable(hash(location)));
    }

    /**
     * The suite of a persona read elsewhere, from the file its {@link Persona#source()} names when it has one (that
     * file's hash tells whether the suite is stale), as {@link #suite(Persona, PersonaFileLocation)}.
     */
    public PersonaSuite suite(Persona persona) {
        Optional<PersonaFileLocation> location = persona.source().map(PersonaFileLocation::ofSource);
        Optional<String> hash = location.flatMap(PersonaFiles::readIfThere).map(PersonaLoader::contentHash);
        return suite(persona, location.flatMap(PersonaFileLocation::file), hash);
    }

    /**
     * The suite on disk that a new one for this persona replaces (in the suite folder, else beside its file), as it
     * is, stale or not, whatever {@value ConfigKeys#SUITE_REGENERATE} says: its hand-written questions are kept.
     *
     * @throws io.github.personagym.suite.SuiteFileException when it is there but cannot be read
     */
    public Optional<Suite> replaced(Persona persona) {
        Optional<Path> personaFile = persona.source().map(PersonaFileLocation::ofSource)
                .flatMap(PersonaFileLocation::file);
        return SuiteFile.read(SuiteFile.locate(suiteDir(), persona.id(), personaFile));
    }

    private PersonaSuite suite(Persona persona, Optional<Path> personaFile, Optional<String> hash) {
        if (configuration.getBoolean(ConfigKeys.SUITE_REGENERATE, false)) {
            return new PersonaSuite(Optional.empty(), Optional.empty(), hash.orElse(null));
        }
        Optional<Suite> suite = SuiteFile.read(SuiteFile.locate(suiteDir(), persona.id(), personaFile));
        Optional<String> changed = suite.flatMap(made -> SuiteFile.personaChanged(made, persona, hash));
        if (changed.isPresent()) {
            return new PersonaSuite(Optional.empty(), changed, hash.orElse(null));
        }
        return new PersonaSuite(suite, Optional.empty(), hash.orElse(null));
    }

    private static byte[] read(PersonaFileLocation location) {
        try {
            if (location.file().isPresent()) {
                return Files.readAllBytes(location.file().get());
            }
            try (InputStream in = classLoader().getResourceAsStream(location.resource().get())) {
                if (in == null) {
                    throw new IOException("not on the classpath");
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read persona file " + location.display() + ": " + e.getMessage(), e);
        }
    }

    /** The file's content, when it can still be read. */
    private static Optional<byte[]> readIfThere(PersonaFileLocation location) {
        try {
            if (location.file().isPresent() && !Files.isRegularFile(location.file().get())) {
                return Optional.empty();
            }
            return Optional.of(read(location));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static ClassLoader classLoader() {
        return Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                .orElse(PersonaFiles.class.getClassLoader());
    }

    /** A persona's suite, if one can be used, and why one on disk cannot. */
    public record PersonaSuite(Optional<Suite> suite, Optional<String> stale, String personaHash) {
    }
}
