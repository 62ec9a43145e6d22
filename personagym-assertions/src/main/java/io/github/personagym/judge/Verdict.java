package io.github.personagym.judge;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.Task;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One judge's verdict on one answer. A verdict either has a score (1–5) and the judge's reasoning, or has
 * no score and says why: the judge's reply could not be parsed ({@link Kind#UNPARSEABLE}, with the raw
 * reply kept), the model call failed ({@link Kind#ERROR}), or the judge could not tell and says so
 * ({@link Kind#ABSTAINED}, the offline judge's answer when nothing it knows resembles the answer). None of
 * the latter is ever a number.
 *
 * @param judge     the judge's id (a model spec such as {@code openai:gpt-4o-mini}, or {@code offline})
 * @param kind      scored, unparseable, error or abstained
 * @param score     the score, present only when {@code kind == SCORED}
 * @param reasoning the judge's reasoning, or the reason there is no score
 * @param rawReply  the judge's raw reply, kept when it could not be parsed
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Verdict(String judge, Kind kind, OptionalInt score, String reasoning, Optional<String> rawReply) {

    /** What became of a judge's attempt to score an answer. */
    public enum Kind { SCORED, UNPARSEABLE, ERROR, ABSTAINED }

    public Verdict {
        Objects.requireNonNull(judge, "judge");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(reasoning, "reasoning");
        Objects.requireNonNull(rawReply, "rawReply");
        if ((kind == Kind.SCORED) != score.isPresent()) {
            throw new IllegalArgumentException("A verdict has a score exactly when it is SCORED");
        }
        if (score.isPresent() && (score.getAsInt() < Task.MIN_SCORE || score.getAsInt() > Task.MAX_SCORE)) {
            throw new IllegalArgumentException("Scores run from 1 to 5, got " + score.getAsInt());
        }
    }

    public static Verdict scored(String judge, int score, String reasoning) {
        return new Verdict(judge, Kind.SCORED, OptionalInt.of(score), reasoning, Optional.empty());
    }

    public static Verdict unparseable(String judge, String reason, String rawReply) {
        return new Verdict(judge, Kind.UNPARSEABLE, OptionalInt.empty(), reason, Optional.of(rawReply));
    }

    public static Verdict error(String judge, String error) {
        return new Verdict(judge, Kind.ERROR, OptionalInt.empty(), error, Optional.empty());
    }

    /** The judge cannot tell, and says why: not a fault of the agent nor of the judge's call. */
    public static Verdict abstained(String judge, String reason) {
        return new Verdict(judge, Kind.ABSTAINED, OptionalInt.empty(), reason, Optional.empty());
    }

    public boolean isAbstained() {
        return kind == Kind.ABSTAINED;
    }

    public boolean isScored() {
        return kind == Kind.SCORED;
    }

    /** The error or parse failure, when there is no score. */
    public Optional<String> problem() {
        return isScored() ? Optional.empty() : Optional.of(kind.name().toLowerCase(java.util.Locale.ROOT) + ": " + reasoning);
    }
}
