package io.github.personagym.gate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.plan.CheckOutcome;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What the regression gate found for one persona, and what its check should say. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GateResult {

    /** The outcome of the check "no regression against baseline". */
    public enum Status {
        /** A score dropped beyond the tolerance and outside its interval: the check fails. */
        REGRESSED,
        /** A score rose beyond the tolerance and outside its interval: reported, the check passes. */
        IMPROVED,
        /** Every change is within the tolerance or the noise: the check passes. */
        STEADY,
        /** No baseline for the persona: the check is skipped. */
        MISSING,
        /** The persona's entry is written into the baseline at the end of this run: the check passes. */
        WRITTEN,
        /** The baseline file exists but cannot be read (or is of a later schema version): the check fails. */
        BROKEN,
        /**
         * A score of the baseline entry or of this run has no value, so the gate cannot tell whether it dropped:
         * the check fails.
         */
        NOT_COMPARABLE,
        /**
         * Updating, this run lacks a score, so its entry is not written and the old one (if any) is kept: the check
         * fails.
         */
        NOT_WRITTEN
    }

    private final Status status;
    private final String message;
    private final Optional<Comparison> comparison;

    GateResult(Status status, String message, Optional<Comparison> comparison) {
        this.status = Objects.requireNonNull(status, "status");
        this.message = Objects.requireNonNull(message, "message");
        this.comparison = Objects.requireNonNull(comparison, "comparison");
    }

    public Status status() {
        return status;
    }

    /** The failure message, the skip reason, or what the check found. */
    public String message() {
        return message;
    }

    /** Whether the check fails. */
    public boolean failed() {
        return switch (status) {
            case REGRESSED, BROKEN, NOT_COMPARABLE, NOT_WRITTEN -> true;
            case IMPROVED, STEADY, MISSING, WRITTEN -> false;
        };
    }

    /** Per compared score, "old → new (delta, change)", for report entries. */
    public Map<String, String> reportEntries() {
        Map<String, String> entries = new LinkedHashMap<>();
        comparison.ifPresent(c -> c.deltas().forEach(d -> entries.put(d.what(), GateMessages.deltaText(d))));
        return entries;
    }

    /**
     * The outcome of the check "no regression against baseline": not applicable without a baseline entry, else
     * passed or failed with this message, and the compared scores and the message as report entries.
     */
    public CheckOutcome outcome() {
        if (status == Status.MISSING) {
            return new CheckOutcome(CheckOutcome.Status.NOT_APPLICABLE, message, Map.of(), Optional.empty());
        }
        Map<String, String> entries = new LinkedHashMap<>(reportEntries());
        entries.put("baseline", message);
        return new CheckOutcome(failed() ? CheckOutcome.Status.FAILED : CheckOutcome.Status.PASSED, message, entries,
                Optional.empty());
    }

    public Optional<Comparison> comparison() {
        return comparison;
    }
}
