package io.github.personagym.run;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Resolves the {@code personas} of a {@code @PersonaGymTest}: classpath paths and globs
 * ({@code personas/*.yaml}, {@code personas/**}{@code /*.yaml}) over folders and jars of the classpath.
 * <p>
 * It walks the folders and jars itself rather than through the platform's {@code ResourceSupport}, which (in 1.14 and
 * 6.1 alike) names resources as if folders were packages: {@code personas.v2/captain.yaml} comes back as
 * {@code personas/v2/captain.yaml}, a name no class loader finds; and its package scan asks the default class loader,
 * where a persona belongs to its test class's.
 */
@API(status = INTERNAL, since = "0.1")
public final class ClasspathPersonas {

    private final ClassLoader classLoader;

    public ClasspathPersonas(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** The resources matching one pattern, sorted; a plain path that does not exist gives none. */
    public List<String> resolve(String pattern) {
        String path = pattern.startsWith("/") ? pattern.substring(1) : pattern;
        if (!isGlob(path)) {
            return classLoader.getResource(path) == null ? List.of() : List.of(path);
        }
        String base = path.substring(0, globStart(path));
        base = base.contains("/") ? base.substring(0, base.lastIndexOf('/') + 1) : "";
        PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + path);
        // "**/" also matches no folder at all, as in Ant and Maven: personas/**/*.yaml finds personas/a.yaml
        PathMatcher flat = FileSystems.getDefault().getPathMatcher("glob:" + path.replace("**/", ""));
        PathMatcher matcher = candidate -> glob.matches(candidate) || flat.matches(candidate);
        Set<String> found = new TreeSet<>();
        try {
            for (URL root : Collections.list(classLoader.getResources(base.isEmpty() ? "" : base))) {
                collect(root, base, found);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list classpath folder '" + base + "'", e);
        }
        return found.stream().filter(resource -> matcher.matches(Path.of(resource))).toList();
    }

    static boolean isGlob(String path) {
        return globStart(path) < path.length();
    }

    private static int globStart(String path) {
        for (int i = 0; i < path.length(); i++) {
            if ("*?[{".indexOf(path.charAt(i)) >= 0) {
                return i;
            }
        }
        return path.length();
    }

    private static void collect(URL root, String base, Set<String> found) throws IOException {
        if ("file".equals(root.getProtocol())) {
            Path folder;
            try {
                folder = Path.of(root.toURI());
            } catch (URISyntaxException e) {
                throw new IOException("Not a folder: " + root, e);
            }
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(Files::isRegularFile)
                        .forEach(file -> found.add(base + folder.relativize(file).toString().replace('\\', '/')));
            }
        } else if ("jar".equals(root.getProtocol())) {
            var connection = (JarURLConnection) root.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                jar.stream().filter(entry -> !entry.isDirectory() && entry.getName().startsWith(base))
                        .forEach(entry -> found.add(entry.getName()));
            }
        }
    }
}
