package io.github.personagym.junit.jupiter;

import io.github.personagym.Persona;
import io.github.personagym.junit.engine.ClasspathPersonas;
import io.github.personagym.persona.PersonaLoader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Persona files on the classpath, as the Jupiter annotations name them. Glob resolution is the engine's
 * ({@link ClasspathPersonas}), so {@code @PersonaSource} and {@code @PersonaGymTest} match the same files.
 */
final class ClasspathPersonaFiles {

    private final ClassLoader classLoader;

    ClasspathPersonaFiles(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /**
     * The persona files matching the patterns, in path order without repeats.
     *
     * @param noMatch makes the exception for a pattern that matches no persona file
     */
    List<String> resolve(String[] patterns, Function<String, RuntimeException> noMatch) {
        var resolver = new ClasspathPersonas(classLoader);
        Set<String> found = new LinkedHashSet<>();
        for (String pattern : patterns) {
            List<String> matches = resolver.resolve(pattern).stream().filter(ClasspathPersonaFiles::isPersonaFile)
                    .toList();
            if (matches.isEmpty()) {
                throw noMatch.apply(pattern);
            }
            found.addAll(matches);
        }
        return List.copyOf(found);
    }

    /**
     * Reads one persona file.
     *
     * @throws io.github.personagym.persona.PersonaFileException naming file, line and field when it is broken
     */
    Persona load(String resource) {
        return PersonaLoader.loadResource(resource, classLoader);
    }

    static String notFound(String pattern) {
        return "No persona file on the classpath matches '" + pattern + "'. Put persona files under "
                + "src/test/resources/ and give their path relative to that folder, e.g. personas/captain.yaml "
                + "or personas/*.yaml.";
    }

    private static boolean isPersonaFile(String resource) {
        String name = resource.substring(resource.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return (name.endsWith(".yaml") || name.endsWith(".yml")) && !name.contains(".suite.");
    }
}
