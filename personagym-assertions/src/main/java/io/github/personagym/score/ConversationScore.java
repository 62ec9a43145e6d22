package io.github.personagym.score;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * A conversation task's scores by turn, and its drift: how far the persona's score moved from the conversation's
 * early turns to its late turns (see {@link Drift} for the definition). The task's own score, the mean of every turn,
 * is its {@link TaskScore}; drift is a figure of its own, not part of the PersonaScore.
 *
 * @param task  the task's name
 * @param turns the score of each turn number, in order (the mean over the task's conversations of that turn)
 * @param drift the drift, when both the early and the late turns have a scored answer
 * @param maxDrop the largest fall from the early to the late turns that passes ({@code personagym.threshold.drift-drop})
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record ConversationScore(String task, List<TurnScore> turns, Drift drift, double maxDrop) {

    /** A turn's judged answer: its number in its conversation and its score, when it has one. */
    public record TurnResult(int turn, OptionalDouble score) {
    }

    /**
     * One turn number's score.
     *
     * @param turn     its number, from 1
     * @param score    the mean score of that turn over the task's conversations, when any is scored
     * @param scored   answers of that turn with a score
     * @param unscored answers of that turn without one (no answer, a judge that abstained or failed)
     */
    public record TurnScore(int turn, OptionalDouble score, int scored, int unscored) {
    }

    /**
     * Drift: the mean score of the late turns' answers minus that of the early turns' answers. With {@code n} turns,
     * the early turns are 1 to ⌊n/2⌋ and the late turns the last ⌊n/2⌋ (the middle turn of an odd count is in
     * neither). Below 0 the persona faded as the conversation went on.
     *
     * @param value    late minus early, when both have a scored answer
     * @param ci       its 95% percentile bootstrap interval, when both have at least two scored answers
     * @param early    the early turn numbers
     * @param late     the late turn numbers
     * @param why      why there is no value, when there is none
     */
    public record Drift(OptionalDouble value, Optional<ConfidenceInterval> ci, List<Integer> early, List<Integer> late,
                        Optional<String> why) {

        public Drift {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(ci, "ci");
            early = List.copyOf(early);
            late = List.copyOf(late);
            Objects.requireNonNull(why, "why");
            if (value.isPresent() == why.isPresent()) {
                throw new IllegalArgumentException("A drift has a value, or says why it has none");
            }
        }

        /** The turns of a window as text: {@code 1–4}, {@code 5}. */
        public static String range(List<Integer> turns) {
            if (turns.isEmpty()) {
                return "none";
            }
            int first = turns.get(0);
            int last = turns.get(turns.size() - 1);
            return first == last ? Integer.toString(first) : first + "\u2013" + last;
        }
    }

    public ConversationScore {
        Objects.requireNonNull(task, "task");
        turns = List.copyOf(turns);
        Objects.requireNonNull(drift, "drift");
    }

    /** The lowest drift that passes: minus {@link #maxDrop()}. */
    public double lowestDrift() {
        return maxDrop == 0 ? 0 : -maxDrop;
    }

    /** Whether the drift fell below the lowest that passes (false when there is no drift figure). */
    public boolean driftTooLow() {
        return drift.value().isPresent() && drift.value().getAsDouble() < lowestDrift();
    }
}
