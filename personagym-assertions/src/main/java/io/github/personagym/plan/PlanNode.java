package io.github.personagym.plan;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.util.Optional;

/** A node of a persona's test plan: an environment or task container, a question, or a check. */
@API(status = INTERNAL, since = "0.1")
public sealed interface PlanNode permits PlanContainer, PlannedQuestion, PlannedCheck {

    /** The node's key segment, unique among its siblings. */
    PlanKey key();

    /** The name a test report shows: the whole path, {@code captain › Wedding › Linguistic Habits › q3}. */
    String displayName();

    /** Where the node is written, when it is written somewhere a reader can open. */
    Optional<SourcePosition> source();
}
