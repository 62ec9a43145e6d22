package io.github.personagym.task;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.OptionalInt;

/**
 * A task file that cannot be loaded. The message names the file, the line and column when known, what
 * is wrong and what to do about it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TaskFileException extends RuntimeException {

    private final String source;
    private final int line;
    private final int column;

    TaskFileException(String source, int line, int column, String problem) {
        super(describe(source, line, column, problem));
        this.source = source;
        this.line = line;
        this.column = column;
    }

    TaskFileException(String source, String problem, Throwable cause) {
        super(describe(source, 0, 0, problem), cause);
        this.source = source;
        this.line = 0;
        this.column = 0;
    }

    /** The file path or classpath resource that was read. */
    public String source() {
        return source;
    }

    /** The 1-based line of the problem, when known. */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /** The 1-based column of the problem, when known. */
    public OptionalInt column() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }

    private static String describe(String source, int line, int column, String problem) {
        var where = new StringBuilder("Task file ").append(source);
        if (line > 0) {
            where.append(", line ").append(line);
            if (column > 0) {
                where.append(", column ").append(column);
            }
        }
        return where.append(": ").append(problem).toString();
    }
}
