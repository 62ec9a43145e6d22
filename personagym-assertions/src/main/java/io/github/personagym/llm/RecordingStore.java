package io.github.personagym.llm;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.Configuration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * A folder of recorded model exchanges, addressed by content: the exchange whose request has key
 * {@code k} lives in {@code <k[0..2]>/<k>.json}. Meant to be committed with the tests.
 *
 * <p>A file is written whole to a temporary file in the same folder, then linked or renamed into place
 * atomically, so a reader (another Surefire fork, say) sees either no file or the whole file, and a crashed
 * test JVM leaves at most a stray {@code .tmp} file that is never read. The file is not forced to disk: only a
 * crash of the operating system could then leave a file short, and a short or empty recording is refused when
 * read (re-recorded in auto mode, reported in replay), so the cost of a sync per model call buys nothing. The first writer of a key wins: a second
 * writer (another fork that asked a live model the same thing at the same time, and may have got another
 * reply) keeps the file as it is and reads it back, so every process goes on with the recorded reply.
 *
 * <p>What a file holds passes through the {@link Redaction} first: an API key in a request (an agent's answer that
 * quotes one) or in a reply is written as {@code [redacted]}. The key a file is named by is the hash of the request
 * as it was sent, so a redacted recording still replays.
 */
@API(status = INTERNAL, since = "0.1")
public final class RecordingStore {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final Path directory;
    private final java.util.Set<String> used = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Folders this store made or found, so that a write does not ask the file system for its folder again. */
    private final java.util.Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
    private final Redaction redaction;

    /** The folder, with the keys of the JVM's system properties and environment redacted. */
    public RecordingStore(Path directory) {
        this(directory, Redaction.fromSystem());
    }

    public RecordingStore(Path directory, Redaction redaction) {
        this.directory = directory;
        this.redaction = redaction;
    }

    /** How many recordings this run wrote. */
    public int written() {
        return written.get();
    }

    /**
     * Deletes the recordings of the folder that this run neither read nor wrote: those a changed agent or suite left
     * behind. Only right after a run of every test that uses the folder (another class's recordings look unused).
     *
     * @return how many files were deleted
     */
    public int pruneUnused() {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        int deleted = 0;
        try (var files = Files.walk(directory, 2)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                String key = file.getFileName().toString().replaceFirst("\\.json$", "");
                if (!used.contains(key) && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prune recordings in " + directory, e);
        }
        return deleted;
    }

    /** Temporary files older than this are left by a killed run, never by a writer still at work. */
    static final java.time.Duration STRAY_AFTER = java.time.Duration.ofMinutes(1);

    /**
     * The folder of {@code personagym.recordings.dir}, default {@value ConfigKeys#DEFAULT_RECORDINGS_DIR}, with the
     * temporary files a killed run left there removed (so that they are never committed); what is written there
     * passes through {@code redaction}.
     */
    public static RecordingStore from(Configuration configuration, Redaction redaction) {
        var store = new RecordingStore(io.github.personagym.config.ProjectPaths.of(configuration, ConfigKeys.RECORDINGS_DIR, ConfigKeys.DEFAULT_RECORDINGS_DIR), redaction);
        store.removeStrayTemporaryFiles(java.time.Instant.now().minus(STRAY_AFTER));
        return store;
    }

    /** Deletes temporary files last written before {@code before}; returns how many. */
    int removeStrayTemporaryFiles(java.time.Instant before) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        int removed = 0;
        try (var files = Files.walk(directory, 2)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(".")
                    && f.getFileName().toString().endsWith(".tmp")).toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before) && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return removed; // a folder that cannot be walked is reported when a recording is read or written
        }
        return removed;
    }

    public Path directory() {
        return directory;
    }

    /** The file that holds (or would hold) the exchange with {@code key}. */
    public Path pathOf(String key) {
        return directory.resolve(key.substring(0, 2)).resolve(key + ".json");
    }

    /**
     * The recording of {@code key}, when there is one.
     *
     * @throws BadRecordingException when the file is unreadable, incomplete, or holds another exchange
     */
    Optional<Recording> read(String key) {
        used.add(key);
        Path file = pathOf(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Recording recording;
        try {
            recording = JSON.readValue(file.toFile(), Recording.class);
        } catch (IOException e) {
            throw new BadRecordingException(file, "is not a readable recording ("
                    + e.getClass().getSimpleName() + " at " + location(e) + ")", e);
        }
        if (recording == null || recording.key() == null || recording.response() == null
                || recording.response().text() == null || !knownFinishReason(recording.response().finishReason())) {
            throw new BadRecordingException(file, "is incomplete (it needs key, response.text and "
                    + "response.finishReason)", null);
        }
        if (!recording.key().equals(key)) {
            throw new BadRecordingException(file, "holds the exchange with key " + recording.key()
                    + ", not the one its name says (" + key + "): it was copied or renamed", null);
        }
        return Optional.of(recording);
    }

    /** Writes a recording over a bad file of the same key (auto and record mode's repair). */
    void replace(Recording recording) {
        Path file = pathOf(recording.key());
        used.add(recording.key());
        written.incrementAndGet();
        Path temp = null;
        try {
            temp = writeBeside(file, bytes(recording));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write recording " + file, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static boolean knownFinishReason(String name) {
        return name != null && java.util.Arrays.stream(dev.langchain4j.model.output.FinishReason.values())
                .anyMatch(reason -> reason.name().equals(name));
    }

    private static String location(IOException e) {
        return e instanceof com.fasterxml.jackson.core.JsonProcessingException json && json.getLocation() != null
                ? "line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr()
                : "its start";
    }

    /**
     * The first recorded exchange found whose first message is the system message {@code systemMessage} and
     * whose answering spec {@code answeredBy} accepts, as that spec; empty when there is none (or no folder).
     * Reads recordings until it finds one; unreadable files are passed over.
     */
    public Optional<String> firstAnsweredBy(String systemMessage, java.util.function.Predicate<String> answeredBy) {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (var files = Files.walk(directory, 2)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted()
                    .map(file -> answeredBy(file, systemMessage)).flatMap(Optional::stream)
                    .filter(answeredBy).findFirst();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> answeredBy(Path file, String systemMessage) {
        try {
            var tree = JSON.readTree(file.toFile());
            var first = tree.path("request").path("messages").path(0);
            return "SYSTEM".equals(first.path("type").asText()) && systemMessage.equals(first.path("text").asText())
                    ? Optional.of(tree.path("recordedFrom").asText()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Stores the recording unless one is there already, and returns the one on disk (first writer wins). */
    Recording write(Recording recording) {
        Path file = pathOf(recording.key());
        Path temp = null;
        try {
            temp = writeBeside(file, bytes(recording));
            used.add(recording.key());
            if (!linkIntoPlace(temp, file)) {
                try {
                    return read(recording.key()).orElse(recording);
                } catch (BadRecordingException bad) {
                    System.err.println("[personagym] WARNING " + bad.problem() + " Recording it again.");
                    replace(recording);
                    return recording;
                }
            }
            written.incrementAndGet();
            return recording;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write recording " + file, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Puts the whole temporary file in place unless the file exists; false when another writer came first. */
    private static boolean linkIntoPlace(Path temp, Path file) throws IOException {
        try {
            Files.createLink(file, temp);
            return true;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException e) {
            moveIntoPlace(temp, file);
            return true;
        }
    }

    /** The file's content: the recording with every secret in it redacted. */
    private byte[] bytes(Recording recording) throws IOException {
        return JSON.writeValueAsBytes(redaction.redact(JSON.<JsonNode>valueToTree(recording)));
    }

    /**
     * A temporary file beside {@code file} holding {@code bytes}; the folder is made the first time (and again if it
     * went away since).
     */
    private Path writeBeside(Path file, byte[] bytes) throws IOException {
        Path folder = file.getParent();
        if (folders.add(folder)) {
            Files.createDirectories(folder);
        }
        try {
            return io.github.personagym.config.TemporaryFiles.writeBesides(file, bytes);
        } catch (java.nio.file.NoSuchFileException gone) {
            Files.createDirectories(folder);
            return io.github.personagym.config.TemporaryFiles.writeBesides(file, bytes);
        }
    }

    private static void moveIntoPlace(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // Another writer stored the same exchange first; its bytes equal ours.
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // A stray .tmp file is never read; nothing is lost by leaving it.
            }
        }
    }

    @Override
    public String toString() {
        return "RecordingStore[" + directory + "]";
    }
}
