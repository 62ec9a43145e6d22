package io.github.personagym.llm;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.nio.file.Path;

/**
 * A recording file that cannot be trusted: unreadable, incomplete, or holding another exchange than its name says
 * (copied or renamed by hand). Never replayed; in {@code auto} and {@code record} mode it is recorded again.
 */
@API(status = INTERNAL, since = "0.1")
public final class BadRecordingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String problem;

    BadRecordingException(Path file, String problem, Throwable cause) {
        super("Recording " + file + " " + problem + ". It is not replayed: delete it, or run in auto mode "
                + "(-Dpersonagym.mode=auto with the provider's key) to record it again.", cause);
        this.file = file;
        this.problem = "Recording " + file + " " + problem + ".";
    }

    /** What is wrong with the file, without the advice. */
    public String problem() {
        return problem;
    }

    public Path file() {
        return file;
    }
}
