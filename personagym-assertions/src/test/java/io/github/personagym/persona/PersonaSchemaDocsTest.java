package io.github.personagym.persona;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The schema in the jar, its copy in docs/ and the field table of docs/persona-yaml.md agree. */
class PersonaSchemaDocsTest {

    private static final Path DOCS = Path.of("../docs");
    private static final Pattern TABLE_ROW_KEY = Pattern.compile("^\\| `([^`]+)` \\|");

    @Test
    void schemaInTheJarAndInDocsAreByteIdentical() throws IOException {
        assertThat(Files.readAllBytes(DOCS.resolve("persona.schema.json"))).isEqualTo(schemaInJarBytes());
    }

    @Test
    void everyDocumentedFieldIsInTheSchema() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(schemaInJarBytes());

        assertThat(documentedFields()).isNotEmpty().allSatisfy(field ->
                assertThat(propertySchema(schema, field).isObject())
                        .as("documented field '%s' is a property of the schema", field).isTrue());
    }

    @Test
    void everyTopLevelSchemaPropertyIsDocumented() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(schemaInJarBytes());
        var properties = new ArrayList<String>();
        schema.path("properties").fieldNames().forEachRemaining(properties::add);

        assertThat(documentedFields().stream().filter(field -> !field.contains(".")).toList())
                .containsExactlyInAnyOrderElementsOf(properties);
    }

    @Test
    void theDocsExampleIsAValidPersona() throws IOException {
        String doc = Files.readString(DOCS.resolve("persona-yaml.md"));
        int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));

        var persona = PersonaLoader.parse("docs-example.yaml", example.getBytes(StandardCharsets.UTF_8));

        assertThat(persona.id()).isEqualTo("sea-captain");
        assertThat(persona.thresholds().task("Linguistic Habits")).hasValue(4.0);
    }

    private static List<String> documentedFields() throws IOException {
        List<String> lines = Files.readAllLines(DOCS.resolve("persona-yaml.md"));
        int header = lines.indexOf("## Fields");
        var fields = new ArrayList<String>();
        for (String line : lines.subList(header + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            Matcher key = TABLE_ROW_KEY.matcher(line);
            if (key.find()) {
                fields.add(key.group(1));
            }
        }
        return fields;
    }

    private static JsonNode propertySchema(JsonNode schema, String dottedField) {
        JsonNode current = schema;
        for (String key : dottedField.split("\\.")) {
            current = current.path("properties").path(key);
        }
        return current;
    }

    private static byte[] schemaInJarBytes() throws IOException {
        try (InputStream in = PersonaLoader.class.getClassLoader().getResourceAsStream(PersonaLoader.SCHEMA_RESOURCE)) {
            assertThat(in).as("schema resource %s", PersonaLoader.SCHEMA_RESOURCE).isNotNull();
            return in.readAllBytes();
        }
    }
}
