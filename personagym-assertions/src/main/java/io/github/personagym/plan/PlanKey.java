package io.github.personagym.plan;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.util.Objects;

/**
 * One segment of a node's stable key below its persona, such as {@code environment:Wedding} or
 * {@code question:linguistic-habits-3}: made from names and keys, never from positions, so that a rerun selects
 * the same test after the files change.
 */
@API(status = INTERNAL, since = "0.1")
public record PlanKey(String type, String value) {

    public static final String ENVIRONMENT = "environment";
    public static final String TASK = "task";
    public static final String QUESTION = "question";
    public static final String CHECK = "check";

    public PlanKey {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "[" + type + ":" + value + "]";
    }
}
