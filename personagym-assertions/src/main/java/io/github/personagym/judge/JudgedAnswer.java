package io.github.personagym.judge;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * An answer with the verdicts of every judge of the ensemble.
 *
 * <p>The answer's score is the mean of its judges' scores, and exists only when every judge gave one: a
 * question where one judge failed is unscored (and counted as such), so a fault never shifts a score
 * towards the judges that happened to answer.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record JudgedAnswer(String task, String environment, Answer answer, List<Verdict> verdicts) {

    public JudgedAnswer {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(answer, "answer");
        verdicts = List.copyOf(verdicts);
    }

    /** The mean of the judges' scores, when every judge gave one. */
    public OptionalDouble score() {
        if (verdicts.isEmpty() || !verdicts.stream().allMatch(Verdict::isScored)) {
            return OptionalDouble.empty();
        }
        return verdicts.stream().mapToInt(v -> v.score().getAsInt()).average();
    }

    public boolean isScored() {
        return score().isPresent();
    }

    /** Highest minus lowest judge score, when every judge gave one: how far the judges disagree. */
    public OptionalDouble spread() {
        if (!isScored()) {
            return OptionalDouble.empty();
        }
        var stats = verdicts.stream().mapToInt(v -> v.score().getAsInt()).summaryStatistics();
        return OptionalDouble.of(stats.getMax() - stats.getMin());
    }
}
