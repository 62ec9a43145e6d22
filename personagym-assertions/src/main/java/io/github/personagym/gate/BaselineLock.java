package io.github.personagym.gate;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Holds the baseline for one read-merge-write, against every other writer: threads of this JVM (one lock per
 * file; a JVM cannot hold two file locks on one file) and other JVMs, such as Surefire forks
 * ({@link FileChannel#lock} on {@code <baseline>.lock}, beside it).
 *
 * <p>The lock file stays: deleting it would let a writer that waited on the deleted file and one that made a new
 * file both go on, and checking which file the path leads to means opening it again, which releases the lock
 * (POSIX locks belong to the process, and closing any descriptor of the file drops them).
 */
@API(status = INTERNAL, since = "0.1")
public final class BaselineLock {

    private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private BaselineLock() {
    }

    /** The lock file of the baseline {@code baseline}. */
    static Path lockFile(Path baseline) {
        Path absolute = baseline.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".lock");
    }

    /** Runs {@code work} while no other writer of {@code baseline}, in this JVM or another, runs its own. */
    public static void holding(Path baseline, Runnable work) {
        Path lockFile = lockFile(baseline);
        ReentrantLock local = IN_THIS_JVM.computeIfAbsent(lockFile, path -> new ReentrantLock());
        local.lock();
        try {
            Files.createDirectories(lockFile.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                channel.lock(); // released when the channel closes
                work.run();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the baseline " + baseline + " (through " + lockFile + "): "
                    + e.getMessage(), e);
        } finally {
            local.unlock();
        }
    }
}
