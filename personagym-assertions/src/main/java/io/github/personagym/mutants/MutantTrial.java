package io.github.personagym.mutants;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.score.PersonaScore;
import java.util.List;
import java.util.Objects;

/**
 * One mutant kind of one persona, judged: its answers on the sampled questions, and their score aggregated as
 * a PersonaScore is (mean of the sampled tasks' means, with a bootstrap interval).
 *
 * @param kind    the mutant kind
 * @param answers the judged mutant answers; none when every sampled answer's mutant equals the answer itself
 * @param score   the mutant's score over the tasks it was judged on
 * @param notes   what a reader needs to know: whose answers a swap used, tasks left out as equivalent
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MutantTrial(MutantKind kind, List<MutantAnswer> answers, PersonaScore score, List<String> notes) {

    public MutantTrial {
        Objects.requireNonNull(kind, "kind");
        answers = List.copyOf(answers);
        Objects.requireNonNull(score, "score");
        notes = List.copyOf(notes);
    }

    /** Mutant answers with every judge's score. */
    public int scored() {
        return (int) answers.stream().filter(MutantAnswer::isScored).count();
    }

    /** Mutant answers without a score (no answer, a judge error, an abstention). */
    public int unscored() {
        return answers.size() - scored();
    }

    /** Every mutant answer equals the agent's: nothing to catch. */
    public boolean equivalent() {
        return answers.isEmpty();
    }
}
