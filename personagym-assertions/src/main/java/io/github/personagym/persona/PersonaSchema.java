package io.github.personagym.persona;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

/** The persona JSON Schema shipped in the jar, and validation of a document against it. */
final class PersonaSchema {

    private static final PersonaSchema INSTANCE = load();

    private final JsonNode document;
    private final JsonSchema schema;

    private PersonaSchema(JsonNode document) {
        this.document = document;
        this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(document);
    }

    static PersonaSchema instance() {
        return INSTANCE;
    }

    /** Every way the document breaks the schema, as problems located in the YAML text. */
    List<PersonaProblem> validate(LocatedJsonTree tree, FileProblems problems) {
        var messages = new SchemaMessages(tree, problems);
        return schema.validate(tree.root()).stream()
                .sorted(Comparator.comparing(ValidationMessage::getInstanceLocation))
                .map(finding -> messages.rewrite(finding, ruleOf(finding)))
                .toList();
    }

    private SchemaRule ruleOf(ValidationMessage finding) {
        var keywordPath = finding.getSchemaLocation().getFragment();
        JsonPointer pointer = JsonPointer.empty();
        for (int i = 0; i < keywordPath.getNameCount() - 1; i++) {
            pointer = pointer.appendProperty(keywordPath.getName(i));
        }
        return new SchemaRule(document.at(pointer));
    }

    private static PersonaSchema load() {
        try (var in = PersonaSchema.class.getClassLoader().getResourceAsStream(PersonaLoader.SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The persona schema is missing from the classpath: "
                        + PersonaLoader.SCHEMA_RESOURCE);
            }
            return new PersonaSchema(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the persona schema " + PersonaLoader.SCHEMA_RESOURCE, e);
        }
    }
}
