package io.github.personagym;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * Every public top-level type of the core says with {@code @API} whether it is supported API (STABLE, EXPERIMENTAL)
 * or public only so that the project's packages can share it (INTERNAL), as JUnit marks its own. A nested type
 * follows the type it is declared in.
 */
public class ApiMarkingTest {

    @Test
    void everyPublicTypeOfTheCoreIsMarked() throws Exception {
        List<String> unmarked = unmarkedPublicTypes(Persona.class);

        assertThat(unmarked).as("public types without @API(status = ...)").isEmpty();
    }

    /** The public top-level types without {@code @API} in the classes folder that holds {@code anchor}. */
    public static List<String> unmarkedPublicTypes(Class<?> anchor) throws IOException, URISyntaxException {
        Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            List<String> names = files.map(root::relativize).map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$") && !name.endsWith("package-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace(java.io.File.separatorChar, '.'))
                    .toList();
            assertThat(names).as("classes found under " + root).hasSizeGreaterThan(20);
            return names.stream().filter(name -> {
                Class<?> type = load(name, anchor.getClassLoader());
                return Modifier.isPublic(type.getModifiers()) && !type.isAnnotationPresent(API.class);
            }).sorted().toList();
        }
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
