package io.github.personagym.junit.jupiter;

import io.github.personagym.Persona;
import io.github.personagym.persona.PersonaFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.support.ParameterDeclarations;
import org.junit.platform.commons.PreconditionViolationException;

/**
 * The arguments of {@link PersonaSource}: every persona file is read before the first invocation, so a
 * broken one fails the test at once, with the file and line, rather than after the others ran.
 */
final class PersonaArgumentsProvider extends AnnotationBasedArgumentsProvider<PersonaSource> {

    @Override
    protected Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context,
                                                           PersonaSource source) {
        String where = "@PersonaSource of " + context.getRequiredTestMethod();
        var files = new ClasspathPersonaFiles(context.getRequiredTestClass().getClassLoader());
        List<String> resources = files.resolve(source.value(),
                pattern -> new PreconditionViolationException(where + ": " + ClasspathPersonaFiles.notFound(pattern)));
        List<Arguments> personas = new ArrayList<>();
        for (String resource : resources) {
            Persona persona;
            try {
                persona = files.load(resource);
            } catch (PersonaFileException e) {
                throw new PreconditionViolationException(where + ": broken persona file " + resource + "\n"
                        + e.getMessage(), e);
            }
            personas.add(Arguments.of(Named.of(persona.id(), persona)));
        }
        return personas.stream();
    }
}
