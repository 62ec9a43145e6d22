package io.github.personagym.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a question test or a check came to, for a front end to report: its status, its message, the figures to
 * publish as report entries and, for a missed bound, what was expected and what came.
 *
 * @param status  passed, failed, aborted (a question a judge abstained on) or not applicable (no baseline yet)
 * @param message the failure message, the reason it was aborted or not applicable, or what a passed check found
 * @param entries report entries, in order
 * @param missed  the bound a score missed, for an IDE's comparison view
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CheckOutcome(Status status, String message, Map<String, String> entries, Optional<Missed> missed) {

    /** How a check ended. */
    public enum Status { PASSED, FAILED, ABORTED, NOT_APPLICABLE }

    /** A bound a score missed: {@code expected} as text ({@code ≥ 4.0}), {@code actual} the score. */
    public record Missed(String expected, double actual) {
    }

    public CheckOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        Objects.requireNonNull(missed, "missed");
    }

    public static CheckOutcome passed(Map<String, String> entries) {
        return new CheckOutcome(Status.PASSED, "", entries, Optional.empty());
    }

    public static CheckOutcome failed(String message) {
        return failed(message, Map.of());
    }

    public static CheckOutcome failed(String message, Map<String, String> entries) {
        return new CheckOutcome(Status.FAILED, message, entries, Optional.empty());
    }

    public boolean failed() {
        return status == Status.FAILED;
    }

    /** This outcome with the bound the score missed. */
    CheckOutcome missing(String expected, double actual) {
        return new CheckOutcome(status, message, entries, Optional.of(new Missed(expected, actual)));
    }
}
