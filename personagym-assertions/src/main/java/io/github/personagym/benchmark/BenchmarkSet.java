package io.github.personagym.benchmark;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a benchmark folder holds: the personas that fit the format, sorted by id, and the files that do not.
 *
 * @param folder   the folder read
 * @param personas the personas read, sorted by id
 * @param problems one per file that does not fit, by file name
 */
@API(status = INTERNAL, since = "0.1")
public record BenchmarkSet(Path folder, List<BenchmarkPersona> personas, List<BenchmarkProblem> problems) {

    public BenchmarkSet {
        personas = List.copyOf(personas);
        problems = List.copyOf(problems);
    }

    public Optional<BenchmarkPersona> persona(String id) {
        return personas.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public int questionCount() {
        return personas.stream().mapToInt(p -> p.questions().size()).sum();
    }

    /** This set with only {@code chosen} of its personas. */
    public BenchmarkSet with(List<BenchmarkPersona> chosen) {
        return new BenchmarkSet(folder, chosen, problems);
    }
}
