package io.github.personagym.junit.jupiter;

import io.github.personagym.Persona;
import io.github.personagym.run.ClasspathPersonas;
import io.github.personagym.persona.PersonaFileException;
import io.github.personagym.persona.PersonaLoader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.support.ParameterDeclarations;
import org.junit.platform.commons.PreconditionViolationException;

/**
 * The arguments of {@link PersonaSource}: every persona file is read before the first invocation, so a
 * broken one fails the test at once, with the file and line, rather than after the others ran. Glob resolution is
 * the engine's ({@link ClasspathPersonas}), so {@code @PersonaSource} and {@code @PersonaGymTest} match the same files.
 */
final class PersonaArgumentsProvider extends AnnotationBasedArgumentsProvider<PersonaSource> {

    @Override
    protected Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context,
                                                           PersonaSource source) {
        String where = "@PersonaSource of " + context.getRequiredTestMethod();
        ClassLoader classLoader = context.getRequiredTestClass().getClassLoader();
        List<Arguments> personas = new ArrayList<>();
        for (String resource : resolve(source.value(), classLoader, where)) {
            Persona persona;
            try {
                persona = PersonaLoader.loadResource(resource, classLoader);
            } catch (PersonaFileException e) {
                throw new PreconditionViolationException(where + ": broken persona file " + resource + "\n"
                        + e.getMessage(), e);
            }
            personas.add(Arguments.of(Named.of(persona.id(), persona)));
        }
        return personas.stream();
    }

    /** The persona files matching the patterns, in path order without repeats; a pattern that matches none fails. */
    private static List<String> resolve(String[] patterns, ClassLoader classLoader, String where) {
        var resolver = new ClasspathPersonas(classLoader);
        Set<String> found = new LinkedHashSet<>();
        for (String pattern : patterns) {
            List<String> matches = resolver.resolve(pattern).stream().filter(PersonaArgumentsProvider::isPersonaFile)
                    .toList();
            if (matches.isEmpty()) {
                throw new PreconditionViolationException(where + ": No persona file on the classpath matches '"
                        + pattern + "'. Put persona files under src/test/resources/ and give their path relative to "
                        + "that folder, e.g. personas/captain.yaml or personas/*.yaml.");
            }
            found.addAll(matches);
        }
        return List.copyOf(found);
    }

    private static boolean isPersonaFile(String resource) {
        String name = resource.substring(resource.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return (name.endsWith(".yaml") || name.endsWith(".yml")) && !name.contains(".suite.");
    }
}
