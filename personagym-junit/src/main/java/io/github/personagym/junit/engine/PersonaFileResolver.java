package io.github.personagym.junit.engine;

import io.github.personagym.benchmark.BenchmarkReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves persona files on disk, each a root of its own: a file selector, a directory selector (every persona file
 * below the folder, in path order) and the unique id of such a root.
 */
final class PersonaFileResolver implements SelectorResolver {

    private final PersonaTree tree;
    private final PlannedNodes planned;

    PersonaFileResolver(PersonaTree tree, PlannedNodes planned) {
        this.tree = tree;
        this.planned = planned;
    }

    @Override
    public Resolution resolve(FileSelector selector, Context context) {
        Path file = selector.getPath().toAbsolutePath().normalize();
        return PersonaTree.isPersonaFile(file) ? root(file, context) : Resolution.unresolved();
    }

    @Override
    public Resolution resolve(DirectorySelector selector, Context context) {
        if (BenchmarkReader.isBenchmarkFolder(selector.getPath())) {
            // the PersonaGym benchmark's question files, as published: one root, its personas chosen when it is filled
            Path folder = selector.getPath().toAbsolutePath().normalize();
            return context.addToParent(parent -> Optional.of(tree.benchmarkRoot(parent.getUniqueId(), folder)))
                    .map(planned::wholly).orElseGet(Resolution::unresolved);
        }
        Set<DiscoverySelector> files = new LinkedHashSet<>();
        try (Stream<Path> walk = Files.walk(selector.getPath())) {
            walk.filter(Files::isRegularFile).filter(PersonaTree::isPersonaFile).sorted()
                    .forEach(file -> files.add(DiscoverySelectors.selectFile(file.toFile())));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list persona folder " + selector.getPath(), e);
        }
        return files.isEmpty() ? Resolution.unresolved() : Resolution.selectors(files);
    }

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        UniqueId id = selector.getUniqueId();
        if (Segments.isRoot(planned.engineId(), id, Segments.BENCHMARK)) {
            Path folder = Path.of(id.getLastSegment().getValue()).toAbsolutePath().normalize();
            return context.addToParent(parent -> Optional.of(tree.benchmarkRoot(parent.getUniqueId(), folder)))
                    .map(planned::wholly).orElseGet(Resolution::unresolved);
        }
        if (!Segments.isRoot(planned.engineId(), id, Segments.PERSONA_FILE)) {
            return Resolution.unresolved();
        }
        return root(Path.of(id.getLastSegment().getValue()).toAbsolutePath().normalize(), context);
    }

    private Resolution root(Path file, Context context) {
        return context.addToParent(parent -> Optional.of(tree.fileRoot(parent.getUniqueId(), file)))
                .map(planned::wholly).orElseGet(Resolution::unresolved);
    }
}
