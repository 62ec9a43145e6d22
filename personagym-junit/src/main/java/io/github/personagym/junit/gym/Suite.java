package io.github.personagym.junit.gym;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the gym generated for one persona: the environments, the questions, their score exemplars. Written
 * as a reviewable YAML file beside the persona and reused on the next run.
 *
 * @param personaId   the persona's id
 * @param personaHash content hash of the persona file when the suite was made; a mismatch means the
 *                    persona changed since
 * @param generator   who made it: a model spec, or a label such as {@code hand-written}
 * @param environments the environments selected for the persona
 * @param questions   the questions, in order
 * @param file        the suite file, when read from or written to disk
 */
public record Suite(String personaId, String personaHash, String generator, List<String> environments,
                    List<SuiteQuestion> questions, Optional<java.nio.file.Path> file) {

    public Suite {
        Objects.requireNonNull(personaId, "personaId");
        Objects.requireNonNull(personaHash, "personaHash");
        Objects.requireNonNull(generator, "generator");
        environments = List.copyOf(environments);
        questions = List.copyOf(questions);
        Objects.requireNonNull(file, "file");
    }

    /** The questions of one task, in order. */
    public List<SuiteQuestion> questions(String task) {
        return questions.stream().filter(q -> q.task().equals(task)).toList();
    }
}
