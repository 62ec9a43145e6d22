package io.github.personagym.junit.jupiter;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.github.personagym.Persona;
import io.github.personagym.config.Configuration;
import io.github.personagym.judge.Judge;
import io.github.personagym.config.PlatformConfiguration;
import io.github.personagym.persona.PersonaFileException;
import io.github.personagym.persona.PersonaLoader;
import io.github.personagym.task.TaskCatalog;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Injects into Jupiter test methods and constructors: a {@link Persona} read from the file its
 * {@link PersonaFile} names, the configured {@link Judge} (the ensemble of {@code personagym.judges}, or the
 * offline judge), the judges as {@code List<Judge>}, the {@link TaskCatalog} and the {@link Gym}.
 *
 * <p>Configuration is read as the engine reads it: JUnit configuration parameters
 * ({@code junit-platform.properties}, system properties), then environment variables. One gym serves the
 * whole run; it is closed at the end of the run, which writes its baseline updates. Register with
 * {@code @ExtendWith(PersonaGymExtension.class)} or {@link PersonaGym @PersonaGym}.
 */
@API(status = INTERNAL, since = "0.1")
public final class PersonaGymExtension implements ParameterResolver {

    static {
        io.github.personagym.config.QuietLogging.whenNoProvider();
    }


    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PersonaGymExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == Persona.class) {
            return personaFile(parameter, context).isPresent() && !fedByPersonaSource(parameter);
        }
        return type == Gym.class || type == Judge.class || type == TaskCatalog.class || isJudgeList(parameter);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        try {
            if (type == Persona.class) {
                return persona(parameter, context);
            }
            Gym gym = gym(context);
            if (type == TaskCatalog.class) {
                return gym.tasks();
            }
            return type == Judge.class ? gym.judge() : type == Gym.class ? gym : gym.judges();
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new ParameterResolutionException("Cannot inject " + parameter.getParameter() + ": " + e.getMessage(),
                    e);
        }
    }

    /** The gym of this run, configured from the run's configuration parameters and the environment. */
    private static Gym gym(ExtensionContext context) {
        ExtensionContext root = context.getRoot();
        return root.getStore(NAMESPACE).getOrComputeIfAbsent(Gym.class,
                key -> Gym.from(configuration(root)), Gym.class);
    }

    /**
     * The run's configuration parameters, told apart by source, then the environment. Jupiter cannot list the
     * launcher's explicit parameters, so the names checked for typos are the system properties',
     * {@code junit-platform.properties}' and the environment's.
     */
    private static Configuration configuration(ExtensionContext context) {
        Properties system = System.getProperties();
        Properties file = PlatformConfiguration.propertiesFile(Thread.currentThread().getContextClassLoader());
        return PlatformConfiguration.of(context::getConfigurationParameter, () -> {
            Set<String> names = new TreeSet<>(system.stringPropertyNames());
            names.addAll(file.stringPropertyNames());
            return names;
        }, system, file, System.getenv());
    }

    private static Persona persona(ParameterContext parameter, ExtensionContext context) {
        String resource = personaFile(parameter, context).orElseThrow().value();
        Class<?> testClass = context.getTestClass().orElse(parameter.getDeclaringExecutable().getDeclaringClass());
        try {
            return PersonaLoader.loadResource(resource, testClass.getClassLoader());
        } catch (PersonaFileException e) {
            throw new ParameterResolutionException("Cannot inject " + parameter.getParameter()
                    + " from @PersonaFile(\"" + resource + "\"): the persona file is broken\n" + e.getMessage(), e);
        }
    }

    /** The nearest {@link PersonaFile}: on the parameter, else its method, else the classes around it. */
    private static Optional<PersonaFile> personaFile(ParameterContext parameter, ExtensionContext context) {
        Optional<PersonaFile> onParameter = parameter.findAnnotation(PersonaFile.class);
        if (onParameter.isPresent()) {
            return onParameter;
        }
        for (Optional<ExtensionContext> at = Optional.of(context); at.isPresent(); at = at.get().getParent()) {
            Optional<PersonaFile> found = at.get().getElement()
                    .flatMap(element -> AnnotationSupport.findAnnotation(element, PersonaFile.class));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The first parameter of a {@code @PersonaSource} test is the parameterized test's, not ours. */
    private static boolean fedByPersonaSource(ParameterContext parameter) {
        return parameter.getIndex() == 0 && !parameter.isAnnotated(PersonaFile.class)
                && AnnotationSupport.isAnnotated(parameter.getDeclaringExecutable(), PersonaSource.class);
    }

    private static boolean isJudgeList(ParameterContext parameter) {
        Type type = parameter.getParameter().getParameterizedType();
        return type instanceof ParameterizedType generic && generic.getRawType() == List.class
                && generic.getActualTypeArguments()[0] == Judge.class;
    }
}
