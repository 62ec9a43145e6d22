package io.github.personagym.junit.engine;

import io.github.personagym.slice.SliceSettings;
import java.util.List;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;

/**
 * Reads a discovery request with the platform's resolver and one small resolver per kind of selector:
 * {@code @PersonaGymTest} classes from class, package, classpath-root and module selectors; persona YAML files from
 * file, directory and classpath-resource selectors; any node from its unique id, through its parents.
 * <p>
 * Package, classpath-root and module selectors find classes only, never persona files: IDEs and build tools use them
 * to mean "every test", and a persona file on its own is played by the {@code personagym.agent} model, so they would
 * evaluate each persona of a test class a second time.
 */
final class Discovery {

    private final EngineDiscoveryRequest request;
    private final PersonaGymEngineDescriptor engine;

    Discovery(EngineDiscoveryRequest request, PersonaGymEngineDescriptor engine) {
        this.request = request;
        this.engine = engine;
    }

    void run() {
        DiscoveryIssueReporter issues = DiscoveryIssueReporter.forwarding(request.getDiscoveryListener(),
                engine.getUniqueId());
        PersonaTree tree = new PersonaTree(engine, issues);
        PlannedNodes planned = new PlannedNodes(tree, engine.getUniqueId());
        EngineDiscoveryRequestResolver.<PersonaGymEngineDescriptor>builder()
                .addClassContainerSelectorResolver(ClassResolver::isPersonaGymTest)
                .addSelectorResolver(new ClassResolver(planned, issues))
                .addSelectorResolver(new PersonaFileResolver(tree, planned))
                .addSelectorResolver(new PersonaResourceResolver(tree, planned))
                .addSelectorResolver(new PersonaNodeResolver(planned, issues))
                .addTestDescriptorVisitor(context -> Discovery::checksLast)
                .build()
                .resolve(request, engine, issues);
        tree.reportSelection();
        slices(issues);
    }

    /** The run's slice checks, after every persona; settings that cannot be read are an error before any test. */
    private void slices(DiscoveryIssueReporter issues) {
        SliceSettings settings;
        try {
            settings = SliceSettings.from(engine.configuration());
        } catch (IllegalArgumentException e) {
            issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.ERROR, e.getMessage()));
            return;
        }
        SliceCheckDescriptor.addTo(engine, settings);
    }

    /**
     * A persona's checks run after its questions, whichever order the selectors named them in: a check waits for the
     * whole persona, and a question test that started after it would show none of its own time.
     */
    private static void checksLast(TestDescriptor node) {
        if (node instanceof PersonaDescriptor) {
            List<TestDescriptor> checks = List.copyOf(node.getChildren().stream()
                    .filter(CheckDescriptor.class::isInstance).toList());
            checks.forEach(check -> {
                node.removeChild(check);
                node.addChild(check);
            });
        }
    }
}
