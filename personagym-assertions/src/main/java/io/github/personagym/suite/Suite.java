package io.github.personagym.suite;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.judge.ScoreExemplars;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * @param personaFields a short hash per question-shaping field of the persona (see {@code PersonaFingerprint}),
 *                    so that a stale suite can say which field changed; empty in suites made before them
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Suite(String personaId, String personaHash, String generator, List<String> environments,
                    List<SuiteQuestion> questions, Optional<Path> file, Map<String, String> personaFields) {

    public Suite(String personaId, String personaHash, String generator, List<String> environments,
                 List<SuiteQuestion> questions, Optional<Path> file) {
        this(personaId, personaHash, generator, environments, questions, file, Map.of());
    }

    public Suite {
        Objects.requireNonNull(personaId, "personaId");
        Objects.requireNonNull(personaHash, "personaHash");
        Objects.requireNonNull(generator, "generator");
        environments = List.copyOf(environments);
        questions = List.copyOf(questions);
        Objects.requireNonNull(file, "file");
        personaFields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(personaFields));
    }

    /** The questions of one task, in order. */
    public List<SuiteQuestion> questions(String task) {
        return questions.stream().filter(q -> q.task().equals(task)).toList();
    }

    /** The question with this key. */
    public Optional<SuiteQuestion> question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst();
    }

    /**
     * The score exemplars of the questions asked on their own, in order: what the offline screen is calibrated on
     * for the persona's voice. Exemplars of dialogue questions and conversation turns are left out: they are written
     * as replies at a place in a conversation, and the screen's model was fitted on single questions' exemplars.
     */
    public List<ScoreExemplars> singleQuestionExemplars() {
        return questions.stream().filter(q -> q.context().isEmpty() && q.turn().isEmpty())
                .flatMap(q -> q.exemplars().stream()).toList();
    }

    /** The names of the tasks that have questions, in order of their first question. */
    public List<String> tasks() {
        return questions.stream().map(SuiteQuestion::task).distinct().toList();
    }

    /** This suite, recording the persona's field hashes. */
    public Suite withPersonaFields(Map<String, String> fields) {
        return new Suite(personaId, personaHash, generator, environments, questions, file, fields);
    }

    /** Whether the suite was made for the persona with this hash (false: the persona changed since). */
    public boolean madeFor(String currentPersonaHash) {
        return personaHash.equals(currentPersonaHash);
    }

    /** This suite with exemplars set on the questions whose keys {@code made} names. */
    public Suite withExemplars(Map<String, ScoreExemplars> made) {
        var updated = questions.stream()
                .map(q -> made.containsKey(q.key()) ? q.withExemplars(made.get(q.key())) : q)
                .toList();
        return new Suite(personaId, personaHash, generator, environments, updated, file, personaFields);
    }

    /** This suite, as stored at {@code path}. */
    public Suite withFile(Path path) {
        return new Suite(personaId, personaHash, generator, environments, questions, Optional.of(path), personaFields);
    }
}
