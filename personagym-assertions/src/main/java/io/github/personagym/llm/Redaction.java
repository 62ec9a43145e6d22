package io.github.personagym.llm;

import io.github.personagym.config.ConfigKeys;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Keeps API keys out of text that reaches a report or a test result, such as an agent's exception message:
 * the keys in the providers' usual environment variables and in PersonaGym's key properties, and anything
 * shaped like a key.
 */
public final class Redaction {

    private static final List<String> KEY_VARIABLES = List.of("OPENAI_API_KEY", "ANTHROPIC_API_KEY",
            "GEMINI_API_KEY", "GOOGLE_API_KEY");
    private static final List<String> KEY_PROPERTIES = List.of(ConfigKeys.OPENAI_API_KEY,
            ConfigKeys.ANTHROPIC_API_KEY, ConfigKeys.GEMINI_API_KEY);

    private Redaction() {
    }

    /** The text with every known or key-shaped secret replaced by {@code [redacted]}. */
    public static String redact(String text) {
        List<String> keys = Stream.concat(
                        Stream.concat(KEY_VARIABLES.stream(), KEY_PROPERTIES.stream().map(
                                io.github.personagym.config.Configuration::environmentName)).map(System::getenv),
                        KEY_PROPERTIES.stream().map(System::getProperty))
                .filter(Objects::nonNull).toList();
        return new Secrets(keys).redact(text);
    }
}
