package io.github.personagym.plan;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An environment, or a task within an environment: a container of the nodes below it. */
@API(status = INTERNAL, since = "0.1")
public record PlanContainer(PlanKey key, String displayName, List<PlanNode> children) implements PlanNode {

    public PlanContainer {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(displayName, "displayName");
        children = List.copyOf(children);
    }

    @Override
    public Optional<SourcePosition> source() {
        return Optional.empty();
    }
}
