package io.github.personagym.benchmark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The published benchmark in the reference folder beside the project; tests that need it are skipped without it. */
final class ReferenceBenchmark {

    private ReferenceBenchmark() {
    }

    static Path reference() {
        Path dir = Path.of(System.getProperty("reference.dir", "../../shared/reference/personagym"));
        assumeTrue(Files.isDirectory(dir.resolve("benchmark-v1")), () -> "PersonaGym reference data not found at "
                + dir + "; the benchmark tests need ../shared/reference/personagym beside the project");
        return dir;
    }

    static Path folder() {
        return reference().resolve("benchmark-v1");
    }

    static Path fixture(String name) {
        return Path.of("src/test/resources/benchmark").resolve(name);
    }
}
