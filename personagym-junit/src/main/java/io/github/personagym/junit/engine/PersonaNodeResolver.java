package io.github.personagym.junit.engine;

import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves the unique id of a node below a root (a persona, environment, task, question or check) through its
 * parent: only the nodes on the way to it are added, and it brings in its own children.
 */
final class PersonaNodeResolver implements SelectorResolver {

    private static final Set<String> ROOTS = Set.of(Segments.CLASS, Segments.PERSONA_FILE, Segments.PERSONA_RESOURCE,
            Segments.BENCHMARK);

    private final PlannedNodes planned;
    private final DiscoveryIssueReporter issues;

    PersonaNodeResolver(PlannedNodes planned, DiscoveryIssueReporter issues) {
        this.planned = planned;
        this.issues = issues;
    }

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        UniqueId id = selector.getUniqueId();
        UniqueId engineId = planned.engineId();
        int depth = engineId.getSegments().size();
        if (id.getSegments().size() <= depth) {
            return Resolution.unresolved();
        }
        UniqueId.Segment root = id.getSegments().get(depth);
        if (id.getSegments().stream().anyMatch(segment -> segment.getType().equals(SliceCheckDescriptor.SEGMENT))) {
            issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING, "PersonaGym cannot run " + id
                    + " alone: a slices check is decided over all personas of a run; run the test classes again"));
            return Resolution.unresolved();
        }
        if (!ROOTS.contains(root.getType())) {
            issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING, "PersonaGym cannot resolve "
                    + "unique id " + id + ": unknown segment type '" + root.getType() + "'"));
            return Resolution.unresolved();
        }
        if (id.getSegments().size() == depth + 1) {
            return Resolution.unresolved();
        }
        UniqueId rootId = engineId.append(root.getType(), root.getValue());
        Optional<TestDescriptor> node = context.resolve(DiscoverySelectors.selectUniqueId(rootId))
                .flatMap(rootNode -> planned.node(rootNode, id));
        return node.flatMap(found -> context.addToParent(
                        () -> DiscoverySelectors.selectUniqueId(id.removeLastSegment()), parent -> Optional.of(found)))
                .map(planned::wholly).orElseGet(Resolution::unresolved);
    }
}
