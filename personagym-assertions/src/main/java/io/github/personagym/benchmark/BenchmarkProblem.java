package io.github.personagym.benchmark;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.nio.file.Path;

/** A file of the benchmark folder that does not fit the published format, and what is wrong with it. */
@API(status = INTERNAL, since = "0.1")
public record BenchmarkProblem(Path file, String problem) {

    /** {@code <file name>: <problem>}. */
    public String message() {
        return file.getFileName() + ": " + problem;
    }
}
