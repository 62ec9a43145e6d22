package io.github.personagym.plan;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.util.Objects;
import java.util.Optional;

/** A check of the persona's scores, its baseline or its mutants, as a test of the plan. */
@API(status = INTERNAL, since = "0.1")
public record PlannedCheck(PlanKey key, String displayName, Check check, Optional<SourcePosition> source)
        implements PlanNode {

    public PlannedCheck {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(source, "source");
    }

    /** The check's outcome; an exception of the regression gate or of the input passes through. */
    public CheckOutcome evaluate(CheckInput input) {
        return check.evaluate(input);
    }
}
