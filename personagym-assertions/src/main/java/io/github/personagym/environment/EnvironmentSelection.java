package io.github.personagym.environment;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.github.personagym.suite.SuiteGenerationException;
import io.github.personagym.llm.ModelCall;
import dev.langchain4j.model.chat.ChatModel;
import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import io.github.personagym.Persona;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Asks the generator which environments of the pool fit a persona. Names outside the pool are dropped
 * (matched without regard to case); when too few remain, it asks again for the missing number.
 */
@API(status = INTERNAL, since = "0.1")
public final class EnvironmentSelection {

    private static final String FIELD = "environments";
    private static final String SYSTEM = """
            You help set up a test of a persona agent: a chatbot that must stay in character. Your part is to \
            choose the settings in which the persona will be questioned. Choose only names from the list you \
            are given, spelled exactly as listed.""";

    private final ChatModel model;
    private final String generatorSpec;
    private final int wanted;
    private final int maxAttempts;

    public EnvironmentSelection(ChatModel model, String generatorSpec, int wanted, int maxAttempts) {
        this.model = model;
        this.generatorSpec = generatorSpec;
        this.wanted = wanted;
        this.maxAttempts = maxAttempts;
    }

    public List<String> select(Persona persona, List<String> pool) {
        Map<String, String> byLowerCase = new LinkedHashMap<>();
        pool.forEach(name -> byLowerCase.putIfAbsent(normal(name), name.strip()));
        if (byLowerCase.isEmpty()) {
            throw new SuiteGenerationException("The environment pool is empty, so no environment can be selected"
                    + " for persona '" + persona.id() + "'. Give the persona fixed 'environments' in its file.");
        }
        int target = Math.min(wanted, byLowerCase.size());
        Set<String> chosen = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (int attempt = 1; attempt <= maxAttempts && chosen.size() < target; attempt++) {
            var reply = ModelCall.askForJson(model, SYSTEM, prompt(persona, byLowerCase.values(), target - chosen.size(), chosen),
                    "environment_selection", schema(byLowerCase.values()), Optional.of(0.0));
            if (reply.askingAgainCannotHelp()) {
                problems.add(reply.problem());
                break;
            }
            if (reply.json().isEmpty()) {
                problems.add("attempt " + attempt + ": " + reply.problem());
                continue;
            }
            List<String> outside = accept(reply.json().get(), byLowerCase, chosen, target);
            if (!outside.isEmpty()) {
                problems.add("attempt " + attempt + ": not in the pool, dropped: " + outside);
            }
        }
        if (chosen.isEmpty()) {
            throw new SuiteGenerationException("The generator " + generatorSpec + " chose no environment of the"
                    + " pool for persona '" + persona.id() + "' in " + maxAttempts + " attempt(s): "
                    + String.join("; ", problems) + ". Give the persona fixed 'environments' in its file, or try"
                    + " another generator model.");
        }
        return List.copyOf(chosen);
    }

    private static List<String> accept(JsonNode json, Map<String, String> pool, Set<String> chosen, int target) {
        List<String> outside = new ArrayList<>();
        for (JsonNode item : json.path(FIELD)) {
            String name = item.asText("");
            String known = pool.get(normal(name));
            if (known == null) {
                outside.add(name);
            } else if (chosen.size() < target) {
                chosen.add(known);
            }
        }
        return outside;
    }

    private static String prompt(Persona persona, Iterable<String> pool, int count, Set<String> chosen) {
        var text = new StringBuilder("The persona:\n").append(persona.profile()).append("\n\nThe settings:\n");
        pool.forEach(name -> text.append("- ").append(name).append('\n'));
        text.append("\nChoose ").append(count).append(count == 1 ? " setting" : " different settings")
                .append(" where this persona would plausibly find themselves, preferring those that would show")
                .append(" most clearly how they act, decide and speak.");
        if (!chosen.isEmpty()) {
            text.append(" These are already chosen; do not name them again: ").append(String.join(", ", chosen))
                    .append('.');
        }
        return text.append("\nAnswer with a JSON object: {\"").append(FIELD).append("\": [\"<setting>\", ...]}")
                .toString();
    }

    private static JsonObjectSchema schema(Iterable<String> pool) {
        List<String> names = new ArrayList<>();
        pool.forEach(names::add);
        return JsonObjectSchema.builder()
                .addProperty(FIELD, JsonArraySchema.builder()
                        .items(JsonEnumSchema.builder().enumValues(names).build()).build())
                .required(FIELD)
                .additionalProperties(false)
                .build();
    }

    private static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
