package io.github.personagym.junit.engine;

import io.github.personagym.junit.PersonaGymTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.Filter;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.ClasspathResourceSelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.PackageNameFilter;
import org.junit.platform.engine.discovery.PackageSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;

/**
 * Reads a discovery request: {@code @PersonaGymTest} classes from class, package, classpath-root and
 * unique-id selectors; persona YAML files from file, directory, classpath-resource and unique-id selectors.
 * A unique id selects the class or file it lies in, and the tree is then pruned to what was asked for.
 */
final class Discovery {

    private final EngineDiscoveryRequest request;
    private final PersonaGymEngineDescriptor engine;
    private final DiscoveryIssueReporter issues;
    private final PersonaTree tree;

    private final Set<Class<?>> classes = new LinkedHashSet<>();
    private final Set<Path> files = new LinkedHashSet<>();
    private final Set<String> resources = new LinkedHashSet<>();
    /** Roots selected only in part, by unique id, with the ids selected under them. */
    private final Map<UniqueId, List<UniqueId>> partial = new LinkedHashMap<>();
    private final Set<UniqueId> whole = new LinkedHashSet<>();

    Discovery(EngineDiscoveryRequest request, PersonaGymEngineDescriptor engine) {
        this.request = request;
        this.engine = engine;
        this.issues = DiscoveryIssueReporter.forwarding(request.getDiscoveryListener(), engine.getUniqueId());
        this.tree = new PersonaTree(engine, issues);
    }

    void run() {
        collectClasses();
        collectPersonaFiles();
        request.getSelectorsByType(UniqueIdSelector.class).forEach(s -> collectUniqueId(s.getUniqueId()));
        classes.forEach(this::addClass);
        files.forEach(file -> add(tree.personaFile(engine.getUniqueId(), file)));
        resources.forEach(resource -> add(tree.personaResource(engine.getUniqueId(), resource)));
        prune();
        tree.reportSelection();
    }

    private void collectClasses() {
        Predicate<String> names = Filter.composeFilters(request.getFiltersByType(ClassNameFilter.class))
                .toPredicate();
        Predicate<String> packages = Filter.composeFilters(request.getFiltersByType(PackageNameFilter.class))
                .toPredicate();
        Predicate<String> nameFilter = name -> names.test(name) && packages.test(packageOf(name));
        Predicate<Class<?>> annotated = Discovery::isPersonaGymTest;
        for (ClassSelector selector : request.getSelectorsByType(ClassSelector.class)) {
            Class<?> candidate = selector.getJavaClass();
            if (annotated.test(candidate)) {
                markWhole(classId(candidate));
                classes.add(candidate);
            }
        }
        for (PackageSelector selector : request.getSelectorsByType(PackageSelector.class)) {
            addWhole(ReflectionSupport.findAllClassesInPackage(selector.getPackageName(), annotated, nameFilter));
        }
        for (ClasspathRootSelector selector : request.getSelectorsByType(ClasspathRootSelector.class)) {
            addWhole(ReflectionSupport.findAllClassesInClasspathRoot(selector.getClasspathRoot(), annotated,
                    nameFilter));
        }
    }

    private void addWhole(List<Class<?>> found) {
        found.forEach(c -> markWhole(classId(c)));
        classes.addAll(found);
    }

    private void collectPersonaFiles() {
        for (FileSelector selector : request.getSelectorsByType(FileSelector.class)) {
            Path file = selector.getPath().toAbsolutePath().normalize();
            if (PersonaTree.isPersonaFile(file)) {
                markWhole(tree.fileId(engine.getUniqueId(), file));
                files.add(file);
            }
        }
        for (DirectorySelector selector : request.getSelectorsByType(DirectorySelector.class)) {
            try (Stream<Path> walk = Files.walk(selector.getPath())) {
                walk.filter(Files::isRegularFile).filter(PersonaTree::isPersonaFile).sorted()
                        .map(p -> p.toAbsolutePath().normalize())
                        .forEach(file -> {
                            markWhole(tree.fileId(engine.getUniqueId(), file));
                            files.add(file);
                        });
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list persona folder " + selector.getPath(), e);
            }
        }
        for (ClasspathResourceSelector selector : request.getSelectorsByType(ClasspathResourceSelector.class)) {
            String resource = selector.getClasspathResourceName();
            if (PersonaTree.isPersonaFile(Path.of(resource))) {
                markWhole(tree.resourceId(engine.getUniqueId(), resource));
                resources.add(resource.startsWith("/") ? resource.substring(1) : resource);
            }
        }
    }

    private void collectUniqueId(UniqueId id) {
        List<UniqueId.Segment> segments = id.getSegments();
        if (!id.getEngineId().map(PersonaGymTestEngine.ENGINE_ID::equals).orElse(false) || segments.size() < 2) {
            return;
        }
        UniqueId.Segment root = segments.get(1);
        UniqueId rootId = engine.getUniqueId().append(root.getType(), root.getValue());
        switch (root.getType()) {
            case Segments.CLASS -> ReflectionSupport.tryToLoadClass(root.getValue()).toOptional()
                    .filter(Discovery::isPersonaGymTest).ifPresentOrElse(c -> classes.add(c),
                            () -> unresolved(id, "no @PersonaGymTest class " + root.getValue()));
            case Segments.PERSONA_FILE -> files.add(Path.of(root.getValue()).toAbsolutePath().normalize());
            case Segments.PERSONA_RESOURCE -> resources.add(root.getValue());
            default -> {
                unresolved(id, "unknown segment type '" + root.getType() + "'");
                return;
            }
        }
        if (segments.size() > 2) {
            partial.computeIfAbsent(rootId, r -> new ArrayList<>()).add(id);
        } else {
            markWhole(rootId);
        }
    }

    private void unresolved(UniqueId id, String why) {
        issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING,
                "PersonaGym cannot resolve unique id " + id + ": " + why));
    }

    private void markWhole(UniqueId id) {
        whole.add(id);
    }

    private void addClass(Class<?> testClass) {
        var descriptor = new TestClassDescriptor(engine.getUniqueId(), testClass);
        tree.fillClass(descriptor);
        add(descriptor);
    }

    private void add(TestDescriptor root) {
        engine.addChild(root);
    }

    private void prune() {
        for (TestDescriptor root : List.copyOf(engine.getChildren())) {
            List<UniqueId> selected = partial.get(root.getUniqueId());
            if (selected == null || whole.contains(root.getUniqueId())) {
                continue;
            }
            List<TestDescriptor> descendants = new ArrayList<>(root.getDescendants());
            for (TestDescriptor node : descendants) {
                if (node.getParent().isPresent() && selected.stream().noneMatch(id -> related(node.getUniqueId(), id))) {
                    node.removeFromHierarchy();
                }
            }
        }
    }

    /** A node stays when it lies on the path to a selected id, or under it. */
    private static boolean related(UniqueId node, UniqueId selected) {
        return selected.hasPrefix(node) || node.hasPrefix(selected);
    }

    private UniqueId classId(Class<?> testClass) {
        return engine.getUniqueId().append(Segments.CLASS, testClass.getName());
    }

    static boolean isPersonaGymTest(Class<?> candidate) {
        return AnnotationSupport.isAnnotated(candidate, PersonaGymTest.class)
                && !candidate.isAnnotation() && !candidate.isInterface();
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }
}
