package io.github.personagym.llm;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.ConfigSource;
import io.github.personagym.config.Configuration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the providers' API keys may be given: PersonaGym's key, its environment form, and the provider's usual
 * environment variables. Maven Surefire copies every system property into its XML reports, so a key given as
 * one is written there: the environment is the place for keys.
 */
@API(status = INTERNAL, since = "0.1")
public final class ApiKeys {

    private record Source(String key, List<String> variables) {
    }

    private static final List<Source> SOURCES = List.of(
            new Source(ConfigKeys.OPENAI_API_KEY, List.of("OPENAI_API_KEY")),
            new Source(ConfigKeys.ANTHROPIC_API_KEY, List.of("ANTHROPIC_API_KEY")),
            new Source(ConfigKeys.GEMINI_API_KEY, List.of("GEMINI_API_KEY", "GOOGLE_API_KEY")));

    private ApiKeys() {
    }

    /** Every API key value that {@code configuration} and {@code environment} hold. */
    static List<String> values(Configuration configuration, Function<String, Optional<String>> environment) {
        List<String> values = new ArrayList<>();
        for (Source source : SOURCES) {
            configuration.get(source.key()).ifPresent(values::add);
            environment.apply(Configuration.environmentName(source.key())).ifPresent(values::add);
            source.variables().forEach(variable -> environment.apply(variable).ifPresent(values::add));
        }
        // the keys of named endpoints, held in the variables their api-key-env keys name
        configuration.entries().stream().map(entry -> ConfigKeys.endpointName(entry.name())).flatMap(Optional::stream)
                .distinct().flatMap(name -> configuration.get(ConfigKeys.endpointApiKeyEnv(name)).stream())
                .flatMap(variable -> environment.apply(variable).stream())
                .forEach(values::add);
        return values;
    }

    /**
     * One warning line for each API key that {@code configuration} takes from a JVM system property, naming the
     * environment variable to set instead; none when every key comes from elsewhere.
     */
    public static List<String> systemPropertyWarnings(Configuration configuration) {
        return SOURCES.stream().filter(source -> configuration.source(source.key()) == ConfigSource.SYSTEM_PROPERTY)
                .map(source -> "WARNING " + source.key() + " is set as a system property, and Maven Surefire copies "
                        + "system properties into its XML reports (target/surefire-reports): set the environment "
                        + "variable " + source.variables().get(0) + " instead.")
                .toList();
    }
}
