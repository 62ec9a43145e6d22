package io.github.personagym.persona;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.Configuration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which personas a run evaluates: {@value ConfigKeys#PERSONAS} lists ids or globs ({@code *}, {@code ?}), separated
 * by commas, e.g. {@code -Dpersonagym.personas=librarian} or {@code pirate-*,captain}. Unset: every persona.
 */
@API(status = INTERNAL, since = "0.1")
public final class PersonaSelection {

    private final String key;
    private final Optional<String> setting;
    private final List<Pattern> patterns;

    private PersonaSelection(String key, Optional<String> setting) {
        this.key = key;
        this.setting = setting;
        this.patterns = setting.map(value -> Arrays.stream(value.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(PersonaSelection::glob).toList()).orElse(List.of());
    }

    public static PersonaSelection from(Configuration configuration) {
        return new PersonaSelection(ConfigKeys.PERSONAS, configuration.get(ConfigKeys.PERSONAS));
    }

    /** The selection that {@code value} of another key that takes ids or globs makes. */
    public static PersonaSelection of(String key, String value) {
        return new PersonaSelection(key, Optional.of(value));
    }

    public static PersonaSelection all() {
        return new PersonaSelection(ConfigKeys.PERSONAS, Optional.empty());
    }

    /** Whether the persona with this id (or, for a file that cannot be read, this file name) is selected. */
    public boolean selects(String id) {
        return patterns.isEmpty() || patterns.stream().anyMatch(p -> p.matcher(id).matches());
    }

    public boolean isAll() {
        return patterns.isEmpty();
    }

    /** The setting as given, for messages. */
    public String describe() {
        return setting.map(value -> key + "=" + value).orElse("every persona");
    }

    private static Pattern glob(String glob) {
        var regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            regex.append(switch (c) {
                case '*' -> ".*";
                case '?' -> ".";
                default -> Pattern.quote(String.valueOf(c));
            });
        }
        return Pattern.compile(regex.toString());
    }
}
