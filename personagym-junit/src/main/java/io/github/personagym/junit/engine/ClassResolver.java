package io.github.personagym.junit.engine;

import io.github.personagym.junit.PersonaGymTest;
import java.util.Optional;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/** Resolves a {@code @PersonaGymTest} class, named by a class selector or by its unique id, to a root of its personas. */
final class ClassResolver implements SelectorResolver {

    private final PlannedNodes planned;
    private final DiscoveryIssueReporter issues;

    ClassResolver(PlannedNodes planned, DiscoveryIssueReporter issues) {
        this.planned = planned;
        this.issues = issues;
    }

    static boolean isPersonaGymTest(Class<?> candidate) {
        return AnnotationSupport.isAnnotated(candidate, PersonaGymTest.class)
                && !candidate.isAnnotation() && !candidate.isInterface();
    }

    @Override
    public Resolution resolve(ClassSelector selector, Context context) {
        return isPersonaGymTest(selector.getJavaClass()) ? root(selector.getJavaClass(), context) : Resolution.unresolved();
    }

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        UniqueId id = selector.getUniqueId();
        if (!Segments.isRoot(planned.engineId(), id, Segments.CLASS)) {
            return Resolution.unresolved();
        }
        String className = id.getLastSegment().getValue();
        Optional<Class<?>> testClass = ReflectionSupport.tryToLoadClass(className).toOptional()
                .filter(ClassResolver::isPersonaGymTest);
        if (testClass.isEmpty()) {
            issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING,
                    "PersonaGym cannot resolve unique id " + id + ": no @PersonaGymTest class " + className));
            return Resolution.unresolved();
        }
        return root(testClass.get(), context);
    }

    private Resolution root(Class<?> testClass, Context context) {
        return context.addToParent(parent -> Optional.of(new TestClassDescriptor(parent.getUniqueId(), testClass)))
                .map(planned::wholly).orElseGet(Resolution::unresolved);
    }
}
