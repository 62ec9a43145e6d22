package io.github.personagym;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A persona, as written in a persona YAML file (see {@code docs/persona-yaml.md}).
 *
 * @param id            stable identifier; defaults to the file name without extension
 * @param name          display name
 * @param description   the persona text, as PersonaGym uses it (required)
 * @param attributes    free key/values such as age, occupation, location
 * @param speakingStyle the linguistic habits to expect
 * @param environments  a fixed list of environments; empty means "let the generator select them"
 * @param tasks         the task names to evaluate; empty means all tasks
 * @param thresholds    minimum scores for the PersonaScore and per task
 * @param language      the language the persona answers in (BCP 47 tag, e.g. {@code en}, {@code fr})
 * @param source        where the persona was read from (a path or a classpath resource), for messages
 */
@API(status = STABLE, since = "0.1")
public record Persona(
        String id,
        Optional<String> name,
        String description,
        Map<String, String> attributes,
        Optional<String> speakingStyle,
        List<String> environments,
        List<String> tasks,
        Thresholds thresholds,
        Optional<String> language,
        Optional<String> source) {

    public Persona {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        Objects.requireNonNull(speakingStyle, "speakingStyle");
        environments = List.copyOf(environments);
        tasks = List.copyOf(tasks);
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(source, "source");
        if (id.isBlank()) {
            throw new IllegalArgumentException("A persona id must not be blank");
        }
        if (description.isBlank()) {
            throw new IllegalArgumentException("A persona description must not be blank (persona " + id + ")");
        }
    }

    /** A persona with only an id and a description, as in PersonaGym's benchmark. */
    public static Persona of(String id, String description) {
        return new Persona(id, Optional.empty(), description, Map.of(), Optional.empty(), List.of(), List.of(),
                Thresholds.NONE, Optional.empty(), Optional.empty());
    }

    /** The name to show: the name if given, else the id. */
    public String displayName() {
        return name.orElse(id);
    }

    /**
     * The persona as a judge or a generator should read it: the description, then the attributes and the
     * speaking style when the file gives them.
     */
    public String profile() {
        var text = new StringBuilder(description.strip());
        if (!attributes.isEmpty()) {
            text.append("\nAttributes:");
            attributes.forEach((key, value) -> text.append("\n- ").append(key).append(": ").append(value));
        }
        speakingStyle.ifPresent(style -> text.append("\nSpeaking style: ").append(style.strip()));
        language.ifPresent(tag -> text.append("\nLanguage: ").append(tag));
        return text.toString();
    }
}
