package io.github.personagym.suite;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.config.TemporaryFiles;
import io.github.personagym.llm.Redaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import io.github.personagym.Persona;
import io.github.personagym.persona.PersonaFingerprint;

/**
 * Reads and writes suite files: {@code <suite dir>/<persona id>.suite.yaml}, YAML laid out for people to
 * review, commit and edit (see {@code docs/suites.md}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SuiteFile {

    /** The file name ending of every suite file. */
    public static final String EXTENSION = ".suite.yaml";

    private SuiteFile() {
    }

    /** Where the suite of a persona lives: {@code <suiteDir>/<personaId>.suite.yaml}. */
    public static Path pathFor(Path suiteDir, String personaId) {
        if (personaId.isBlank() || personaId.contains("/") || personaId.contains("\\")) {
            throw new IllegalArgumentException("A persona id must be a plain file name to name its suite file, got '"
                    + personaId + "'");
        }
        return suiteDir.resolve(personaId + EXTENSION);
    }

    /**
     * Reads a suite file.
     *
     * @return the suite, with {@link Suite#file()} and every question's line set; empty when there is no file
     * @throws SuiteFileException when the file is not a valid suite; the message names file, line and column
     */
    public static Optional<Suite> read(Path file) {
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (MalformedInputException e) {
            throw new SuiteFileException(file, 1, 1, "the file is not UTF-8 text. Save it as UTF-8.", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read suite file " + file, e);
        }
        return Optional.of(new SuiteYamlReader(file).read(yaml));
    }

    /** As {@link #write(Suite, Path, Redaction)}, with the keys of the JVM's system properties and environment. */
    public static void write(Suite suite, Path file) {
        write(suite, file, Redaction.fromSystem());
    }

    /**
     * Writes a suite atomically: to a temporary file in the same folder, then moved over {@code file}, so that
     * a reader (or a run killed half-way) never sees half a file. Creates missing folders. A secret that
     * {@code redaction} knows is written as {@code [redacted]}.
     */
    public static void write(Suite suite, Path file, Redaction redaction) {
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = io.github.personagym.config.TemporaryFiles.besides(file);
            Files.writeString(temporary, new SuiteYamlWriter(redaction).write(suite), StandardCharsets.UTF_8);
            move(temporary, file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write suite file " + file, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * The suite file to read for a persona: the one in the suite folder if it exists, else one beside the
     * persona file if that exists, else (for writing) the one in the suite folder.
     */
    public static Path locate(Path suiteDir, String personaId, Optional<Path> personaFile) {
        Path inDir = pathFor(suiteDir, personaId);
        return Files.isRegularFile(inDir) ? inDir : personaFile
                .map(file -> pathFor(file.toAbsolutePath().getParent(), personaId))
                .filter(Files::isRegularFile).orElse(inDir);
    }

    /**
     * The message for a suite made for an earlier version of its persona, or empty when the suite was made for the
     * persona as it is. Only what shapes the questions counts ({@link PersonaFingerprint}); a suite made before
     * fingerprints holds the hash of the whole file, which still counts while the file is unchanged.
     *
     * @param legacyContentHash the hash of the persona file's bytes, when the file can be read
     */
    public static Optional<String> personaChanged(Suite suite, Persona persona, Optional<String> legacyContentHash) {
        PersonaFingerprint now = PersonaFingerprint.of(persona);
        if (suite.madeFor(now.hash()) || legacyContentHash.filter(suite::madeFor).isPresent()) {
            return Optional.empty();
        }
        String where = suite.file().map(Path::toString).orElse("the suite of persona " + suite.personaId());
        List<String> changed = now.changedSince(suite.personaFields());
        String what = changed.isEmpty() ? "" : " (changed: " + String.join(", ", changed) + ")";
        return Optional.of("Persona '" + suite.personaId() + "' changed since its suite " + where + " was made" + what
                + ": its questions may no longer fit. Run with -Dpersonagym.suite.regenerate=true to make the suite "
                + "anew, or, if the questions still fit, set persona-hash in the suite file to " + now.hash()
                + ". Thresholds, comments and formatting do not count as changes.");
    }

    private static void move(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // Best effort: a stray temporary file is harmless and named after the suite it was for.
        }
    }
}
