package io.github.personagym.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.Configuration;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/configuration.md lists every key of {@link ConfigKeys}, with its environment form. */
class ConfigurationDocTest {

    private static final Path DOC = Path.of(System.getProperty("user.dir")).resolveSibling("docs")
            .resolve("configuration.md");

    @Test
    void everyConfigKeyIsDocumentedWithItsEnvironmentForm() throws IOException {
        String doc = Files.readString(DOC);
        List<String> keys = keys();

        assertThat(keys).hasSizeGreaterThan(20);
        for (String key : keys) {
            assertThat(doc).as("docs/configuration.md documents %s", key).contains("`" + key + "`");
            assertThat(doc).as("docs/configuration.md gives the environment form of %s", key)
                    .contains("`" + Configuration.environmentName(key) + "`");
        }
    }

    @Test
    void everyDocumentedKeyExists() throws IOException {
        List<String> keys = keys();
        List<String> documented = Arrays.stream(Files.readString(DOC).split("\n"))
                .filter(line -> line.startsWith("| `personagym."))
                .map(line -> line.substring(3, line.indexOf('`', 3)))
                .toList();

        assertThat(keys).containsAll(documented);
    }

    private static List<String> keys() {
        return Arrays.stream(ConfigKeys.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(ConfigurationDocTest::value)
                .filter(value -> value.startsWith(ConfigKeys.PREFIX) && !value.endsWith("."))
                .toList();
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
