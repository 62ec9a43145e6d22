package io.github.personagym.benchmark;

import java.nio.file.Path;

/** A file of the benchmark folder that does not fit the published format, and what is wrong with it. */
public record BenchmarkProblem(Path file, String problem) {

    /** {@code <file name>: <problem>}. */
    public String message() {
        return file.getFileName() + ": " + problem;
    }
}
