package io.github.personagym.plan;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The tests of one persona, whichever front end runs them: environment › task › question containers and tests,
 * then the checks. The PersonaGym engine and the Jupiter extension both run this plan, so that a persona's tests
 * have the same names, keys, sources and messages in both. Built by {@link PlanBuilder}.
 *
 * @param personaId the persona's id
 * @param nodes     the environment containers, in suite order, then the checks
 */
@API(status = INTERNAL, since = "0.1")
public record PersonaTestPlan(String personaId, List<PlanNode> nodes) {

    /** Between the segments of a display name. */
    public static final String PATH = " \u203A ";

    public PersonaTestPlan {
        Objects.requireNonNull(personaId, "personaId");
        nodes = List.copyOf(nodes);
    }

    /** Every question test, in plan order. */
    public List<PlannedQuestion> questions() {
        List<PlannedQuestion> questions = new ArrayList<>();
        nodes.forEach(node -> collect(node, questions));
        return questions;
    }

    /** The checks, in plan order. */
    public List<PlannedCheck> checks() {
        return nodes.stream().flatMap(node -> node instanceof PlannedCheck check ? Stream.of(check) : Stream.empty())
                .toList();
    }

    private static void collect(PlanNode node, List<PlannedQuestion> into) {
        if (node instanceof PlannedQuestion question) {
            into.add(question);
        } else if (node instanceof PlanContainer container) {
            container.children().forEach(child -> collect(child, into));
        }
    }
}
