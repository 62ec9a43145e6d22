package io.github.personagym.junit.engine;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.discovery.SelectorResolver.Match;
import org.junit.platform.engine.support.discovery.SelectorResolver.Resolution;

/**
 * The nodes below each root (a test class or a persona file), planned once per root: {@link PersonaTree} reads the
 * root's persona files and builds its whole subtree, which is then taken apart and kept here, so that the resolvers
 * attach only what a request selects, level by level. A node selected as a whole brings its children in through the
 * unique-id selectors it expands to.
 */
final class PlannedNodes {

    private final PersonaTree tree;
    private final Map<UniqueId, TestDescriptor> nodes = new HashMap<>();
    private final Map<UniqueId, List<UniqueId>> children = new HashMap<>();

    private final UniqueId engineId;

    PlannedNodes(PersonaTree tree, UniqueId engineId) {
        this.tree = tree;
        this.engineId = engineId;
    }

    /** The id of the engine's descriptor, below which the roots lie. */
    UniqueId engineId() {
        return engineId;
    }

    /** The planned node {@code id} below {@code root}, not yet in the tree. */
    Optional<TestDescriptor> node(TestDescriptor root, UniqueId id) {
        plan(root);
        return Optional.ofNullable(nodes.get(id));
    }

    /** A node found for a selector: an exact match, which brings in all the node's children. */
    Resolution wholly(TestDescriptor node) {
        return Resolution.match(Match.exact(node, () -> childSelectors(node)));
    }

    private Set<DiscoverySelector> childSelectors(TestDescriptor node) {
        if (node.getParent().filter(TestDescriptor::isRoot).isPresent()) {
            plan(node);
        }
        Set<DiscoverySelector> selectors = new LinkedHashSet<>();
        children.getOrDefault(node.getUniqueId(), List.of())
                .forEach(child -> selectors.add(DiscoverySelectors.selectUniqueId(child)));
        return selectors;
    }

    private void plan(TestDescriptor root) {
        if (children.containsKey(root.getUniqueId())) {
            return;
        }
        tree.fill(root);
        keepApart(root);
    }

    private void keepApart(TestDescriptor node) {
        List<TestDescriptor> below = List.copyOf(node.getChildren());
        children.put(node.getUniqueId(), below.stream().map(TestDescriptor::getUniqueId).toList());
        for (TestDescriptor child : below) {
            node.removeChild(child);
            nodes.put(child.getUniqueId(), child);
            keepApart(child);
        }
    }
}
