package io.github.personagym.suite;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A suite file that cannot be read: the message names the file, line and column, what is wrong there, and
 * what to do about it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SuiteFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;

    public SuiteFileException(Path file, int line, int column, String problem) {
        this(file, line, column, problem, null);
    }

    public SuiteFileException(Path file, int line, int column, String problem, Throwable cause) {
        super(file + ":" + line + ":" + column + ": " + Objects.requireNonNull(problem, "problem"), cause);
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.column = column;
    }

    public Path file() {
        return file;
    }

    /** The line of the problem, counting from 1. */
    public int line() {
        return line;
    }

    /** The column of the problem, counting from 1. */
    public int column() {
        return column;
    }
}
