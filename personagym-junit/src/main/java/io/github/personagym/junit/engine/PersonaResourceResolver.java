package io.github.personagym.junit.engine;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClasspathResourceSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/** Resolves a persona file on the classpath, named by a classpath-resource selector or its unique id, to a root. */
final class PersonaResourceResolver implements SelectorResolver {

    private final PersonaTree tree;
    private final PlannedNodes planned;

    PersonaResourceResolver(PersonaTree tree, PlannedNodes planned) {
        this.tree = tree;
        this.planned = planned;
    }

    @Override
    public Resolution resolve(ClasspathResourceSelector selector, Context context) {
        String resource = selector.getClasspathResourceName();
        return PersonaTree.isPersonaFile(Path.of(resource)) ? root(resource, context) : Resolution.unresolved();
    }

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        UniqueId id = selector.getUniqueId();
        return Segments.isRoot(planned.engineId(), id, Segments.PERSONA_RESOURCE)
                ? root(id.getLastSegment().getValue(), context) : Resolution.unresolved();
    }

    private Resolution root(String resource, Context context) {
        return context.addToParent(parent -> Optional.of(tree.resourceRoot(parent.getUniqueId(), resource)))
                .map(planned::wholly).orElseGet(Resolution::unresolved);
    }
}
