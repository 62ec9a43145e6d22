package io.github.personagym.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Temporary files beside the file they will replace, for writes that end in one atomic move. Unlike
 * {@link Files#createTempFile}, which makes every file readable by its owner only (0600), these are created with the
 * user's umask, like any file the build writes: a committed suite or recording is as readable as a report.
 */
@API(status = INTERNAL, since = "0.1")
public final class TemporaryFiles {

    private TemporaryFiles() {
    }

    /** A new empty hidden file {@code .<name>.<random>.tmp} beside {@code file}. */
    public static Path besides(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        while (true) {
            Path candidate = folder.resolve("." + file.getFileName() + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                // another writer drew the same name: draw again
            }
        }
    }

    /**
     * A new hidden file {@code .<name>.<random>.tmp} beside {@code file} holding {@code content}: created and written
     * through one open file, as one write where the system allows.
     */
    public static Path writeBesides(Path file, byte[] content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        while (true) {
            Path candidate = folder.resolve("." + file.getFileName() + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try (FileChannel channel = FileChannel.open(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                return candidate;
            } catch (FileAlreadyExistsException e) {
                // another writer drew the same name: draw again
            } catch (IOException | RuntimeException e) {
                try {
                    Files.deleteIfExists(candidate);
                } catch (IOException | RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
                throw e;
            }
        }
    }

    /** Writes {@code content} to a temporary file beside {@code file}, then moves it into place: a reader never sees half. */
    public static void writeWhole(Path file, String content) throws IOException {
        Path temporary = besides(file);
        try {
            Files.writeString(temporary, content);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
