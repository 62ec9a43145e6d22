package io.github.personagym.llm;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.personagym.config.Configuration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Keeps API keys out of what a run writes: recordings, suites, reports, console lines and test results. It hides
 * the keys the run knows (each provider's key from configuration, and from the provider's usual environment
 * variables: {@code OPENAI_API_KEY}, {@code ANTHROPIC_API_KEY}, {@code GEMINI_API_KEY}, {@code GOOGLE_API_KEY}) and
 * anything shaped like a key or a bearer token, replacing each with {@code [redacted]}. Each writer applies it to
 * the values it writes, before they are laid out as JSON, YAML or HTML.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Redaction {

    private final Secrets secrets;

    private Redaction(Secrets secrets) {
        this.secrets = secrets;
    }

    /** The keys {@code configuration} and the environment variables {@code environment} hold, and key shapes. */
    public static Redaction of(Configuration configuration, Map<String, String> environment) {
        return of(configuration, name -> Optional.ofNullable(environment.get(name)));
    }

    /** As {@link #of(Configuration, Map)}, with the environment read through {@code environment}. */
    public static Redaction of(Configuration configuration, Function<String, Optional<String>> environment) {
        return new Redaction(new Secrets(ApiKeys.values(configuration, environment)));
    }

    /** The keys in the JVM's system properties and environment, and key shapes. */
    public static Redaction fromSystem() {
        return of(Configuration.fromSystem(), System.getenv());
    }

    /** The text with every secret replaced by {@code [redacted]}; empty for {@code null}. */
    public String redact(String text) {
        return secrets.redact(text);
    }

    /** A copy of {@code tree} with every secret in its text values and member names replaced. */
    public JsonNode redact(JsonNode tree) {
        if (tree.isTextual()) {
            return TextNode.valueOf(redact(tree.textValue()));
        }
        if (tree.isArray()) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode(tree.size());
            tree.forEach(element -> array.add(redact(element)));
            return array;
        }
        if (tree.isObject()) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            tree.properties().forEach(field -> object.set(redact(field.getKey()), redact(field.getValue())));
            return object;
        }
        return tree;
    }

    /** Whether a secret appears in the message of {@code error} or of one of its causes. */
    public boolean appearsIn(Throwable error) {
        return secrets.appearIn(error);
    }
}
