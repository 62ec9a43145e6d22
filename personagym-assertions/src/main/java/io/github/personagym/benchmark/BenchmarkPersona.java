package io.github.personagym.benchmark;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.github.personagym.Persona;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One persona of the benchmark: its description (the file name, as the paper gives it), the id made from it, and
 * its saved questions in the published order.
 *
 * @param id          stable id made from the description ({@link PersonaIds})
 * @param description the one-line persona description
 * @param file        the question file it was read from
 * @param questions   the questions, task by task in the file's order
 */
@API(status = INTERNAL, since = "0.1")
public record BenchmarkPersona(String id, String description, Path file, List<BenchmarkQuestion> questions) {

    public BenchmarkPersona {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(file, "file");
        questions = List.copyOf(questions);
    }

    /** The persona as the judges and the agent see it: the description alone, for comparability with the paper. */
    public Persona persona() {
        return new Persona(id, Optional.empty(), description, Map.of(), Optional.empty(), List.of(), List.of(),
                io.github.personagym.Thresholds.NONE, Optional.empty(), Optional.of(file.toString()));
    }

    /** The names of the tasks with questions, in the order of the file. */
    public List<String> tasks() {
        return questions.stream().map(BenchmarkQuestion::task).distinct().toList();
    }

    BenchmarkPersona withId(String newId) {
        return new BenchmarkPersona(newId, description, file, questions);
    }
}
