package io.github.personagym.persona;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.personagym.Persona;
import io.github.personagym.Thresholds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** Maps a document that passed the schema to a {@link Persona}, filling in the defaults. */
final class PersonaMapper {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]+");

    private final LocatedJsonTree tree;
    private final FileProblems problems;

    PersonaMapper(LocatedJsonTree tree, FileProblems problems) {
        this.tree = tree;
        this.problems = problems;
    }

    Persona persona() {
        JsonNode root = tree.root();
        return new Persona(
                text(root, "id").orElseGet(this::idFromFileName),
                text(root, "name"),
                root.path("description").asText().strip(),
                attributes(root.path("attributes")),
                text(root, "speaking-style"),
                texts(root.path("environments")),
                texts(root.path("tasks")),
                thresholds(root.path("thresholds")),
                text(root, "language"),
                Optional.of(problems.file()));
    }

    /** The file name without directories and extension, which must itself be a valid id. */
    static String baseName(String file) {
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private String idFromFileName() {
        String id = baseName(problems.file());
        if (!ID.matcher(id).matches()) {
            throw problems.refuse(problems.wholeFile("the file name '" + id + "' cannot serve as the persona's id.",
                    "Add an 'id:' line using only letters, digits, '.', '_' and '-', or rename the file."));
        }
        return id;
    }

    private Map<String, String> attributes(JsonNode attributes) {
        var values = new LinkedHashMap<String, String>();
        attributes.fieldNames().forEachRemaining(key -> values.put(key,
                tree.scalarText(FieldPath.ROOT.key("attributes").key(key))
                        .orElseGet(() -> attributes.get(key).asText())));
        return values;
    }

    private static Thresholds thresholds(JsonNode thresholds) {
        JsonNode personaScore = thresholds.path("persona-score");
        var tasks = new LinkedHashMap<String, Double>();
        thresholds.path("tasks").fields().forEachRemaining(task -> tasks.put(task.getKey(),
                task.getValue().asDouble()));
        return new Thresholds(personaScore.isNumber() ? OptionalDouble.of(personaScore.asDouble())
                : OptionalDouble.empty(), tasks);
    }

    private static Optional<String> text(JsonNode root, String key) {
        JsonNode value = root.path(key);
        return value.isTextual() ? Optional.of(value.asText().strip()) : Optional.empty();
    }

    private static List<String> texts(JsonNode list) {
        var values = new ArrayList<String>();
        list.forEach(item -> values.add(item.asText().strip()));
        return values;
    }
}
