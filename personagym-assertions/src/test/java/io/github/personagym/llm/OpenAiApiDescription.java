package io.github.personagym.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;

/**
 * OpenAI's published API description ({@code ../shared/reference/providers/openai/openapi.json}, beside
 * {@code reference.dir}): chat-completions bodies checked against its component schemas. A test
 * that needs it is skipped, saying where it was looked for, when the document is not there.
 */
public final class OpenAiApiDescription {

    public static final String REQUEST = "CreateChatCompletionRequest";
    public static final String RESPONSE = "CreateChatCompletionResponse";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static OpenAiApiDescription loaded;

    private final Path file;
    private JsonNode document;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    /*
     * The schemas are read as plain JSON Schema 2020-12 (OpenAPI 3.1's base), not with the OpenAPI dialect: the
     * document's discriminators give no mapping, so by OpenAPI's rules their values would be schema names
     * ("ChatCompletionRequestSystemMessage") rather than the roles OpenAI means, and oneOf alone tells the
     * alternatives apart. Its few "nullable: true" (an OpenAPI 3.0 keyword) are ignored with it: a body that sends
     * null where a schema says nullable fails here, which only makes the check stricter.
     */
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().preloadJsonSchema(false).build();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private OpenAiApiDescription(Path file) {
        this.file = file;
    }

    /** The description, or the calling test is skipped with the reason. */
    public static synchronized OpenAiApiDescription require() {
        Path file = file();
        Assumptions.assumeTrue(Files.isRegularFile(file), "OpenAI's API description is not at " + file
                + "; this check needs ../shared/reference/providers/openai/openapi.json beside the project "
                + "(see ../shared/reference/providers/README.md)");
        if (loaded == null) {
            loaded = new OpenAiApiDescription(file);
        }
        return loaded;
    }

    static Path file() {
        Path reference = Path.of(System.getProperty("reference.dir", "../../shared/reference/personagym"));
        return reference.toAbsolutePath().normalize().resolveSibling("providers").resolve("openai").resolve("openapi.json");
    }

    /** What is wrong with {@code body} as an instance of the component schema {@code component}; empty when nothing. */
    public List<String> problems(String body, String component) {
        JsonSchema schema = schemas.computeIfAbsent(component, name -> factory.getSchema(
                SchemaLocation.of(file.toUri() + "#/components/schemas/" + name), config));
        try {
            return schema.validate(JSON.readTree(body)).stream().map(ValidationMessage::getMessage).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + body, e);
        }
    }

    /**
     * What is wrong with {@code body} as a chat-completions request: what the schema rejects, and every member the
     * schema declares nowhere (the schema leaves objects open, but OpenAI refuses an unrecognized argument).
     */
    public List<String> requestProblems(String body) {
        List<String> problems = new ArrayList<>(problems(body, REQUEST));
        undeclared(tree(body), List.of(component(REQUEST)), "", problems);
        return problems;
    }

    public List<String> responseProblems(String body) {
        return problems(body, RESPONSE);
    }

    private JsonNode component(String name) {
        return document().at("/components/schemas/" + name);
    }

    private synchronized JsonNode document() {
        if (document == null) {
            try {
                document = JSON.readTree(file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        return document;
    }

    /** Adds to {@code problems} each member of {@code value} that none of {@code schemas} declares, at any depth. */
    private void undeclared(JsonNode value, List<JsonNode> schemas, String path, List<String> problems) {
        List<JsonNode> branches = branches(schemas);
        if (value.isArray()) {
            List<JsonNode> items = branches.stream().map(b -> b.get("items")).filter(Objects::nonNull).toList();
            for (int i = 0; i < value.size() && !items.isEmpty(); i++) {
                undeclared(value.get(i), items, path + "/" + i, problems);
            }
        }
        boolean declaresMembers = branches.stream().anyMatch(b -> b.has("properties"));
        boolean open = branches.stream().anyMatch(b -> b.has("additionalProperties")
                && !b.get("additionalProperties").equals(BooleanNode.FALSE));
        if (!value.isObject() || !declaresMembers || open) {
            return;
        }
        value.fieldNames().forEachRemaining(name -> {
            List<JsonNode> member = branches.stream().map(b -> b.path("properties").get(name))
                    .filter(Objects::nonNull).toList();
            if (member.isEmpty()) {
                problems.add(path + "/" + name + ": not a member the API description declares");
            } else {
                undeclared(value.get(name), member, path + "/" + name, problems);
            }
        });
    }

    /** The schemas with their references followed and their allOf, anyOf and oneOf alternatives spread out. */
    private List<JsonNode> branches(List<JsonNode> schemas) {
        List<JsonNode> all = new ArrayList<>();
        Deque<JsonNode> open = new ArrayDeque<>(schemas);
        while (!open.isEmpty()) {
            JsonNode schema = open.pop();
            if (schema.has("$ref")) {
                open.push(document().at(schema.get("$ref").asText().substring(1)));
            }
            for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
                schema.path(combinator).forEach(open::push);
            }
            all.add(schema);
        }
        return all;
    }

    public static JsonNode tree(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
