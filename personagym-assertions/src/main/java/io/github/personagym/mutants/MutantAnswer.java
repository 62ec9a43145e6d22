package io.github.personagym.mutants;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.judge.JudgedAnswer;
import java.util.Objects;
import java.util.Optional;

/**
 * One mutant answer and the judges' verdicts on it; or, for a swapped mutant whose other agent failed, no
 * answer (no verdicts) and why.
 *
 * @param judged the mutant's answer to a suite question with every judge's verdict
 * @param error  why there is no answer to judge
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MutantAnswer(JudgedAnswer judged, Optional<String> error) {

    public MutantAnswer {
        Objects.requireNonNull(judged, "judged");
        Objects.requireNonNull(error, "error");
    }

    public String questionKey() {
        return judged.answer().questionKey();
    }

    public String task() {
        return judged.task();
    }

    public boolean isScored() {
        return judged.isScored();
    }

    /** Why the answer has no score: its missing answer, or the verdicts without a score. */
    public Optional<String> problem() {
        if (error.isPresent()) {
            return error;
        }
        if (judged.verdicts().isEmpty()) {
            return Optional.of("no judge gave a verdict");
        }
        return judged.verdicts().stream().filter(v -> !v.isScored()).findFirst()
                .map(v -> "judge " + v.judge() + " gave no score (" + v.problem().orElse("") + ")");
    }
}
