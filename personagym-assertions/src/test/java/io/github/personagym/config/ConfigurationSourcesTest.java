package io.github.personagym.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigurationSourcesTest {

    private final Configuration properties = Configuration.sourced(ConfigSource.SYSTEM_PROPERTY,
            key -> Optional.ofNullable(Map.of(ConfigKeys.JUDGES, "openai:gpt-4o-mini", ConfigKeys.MODE, " ").get(key)),
            () -> List.of(ConfigKeys.JUDGES, ConfigKeys.MODE, "java.home"));
    private final Configuration configuration = properties.orElse(
            Configuration.environment(Map.of("PERSONAGYM_MODE", "replay", "PERSONAGYM_JUDGES", "offline")));

    @Test
    void eachValueSaysWhichSourceGaveIt() {
        assertThat(configuration.lookup(ConfigKeys.JUDGES)).contains(
                new ConfigValue(ConfigKeys.JUDGES, "openai:gpt-4o-mini", ConfigSource.SYSTEM_PROPERTY));
        assertThat(configuration.lookup(ConfigKeys.MODE)).get().extracting(ConfigValue::origin)
                .isEqualTo("environment variable PERSONAGYM_MODE");
        assertThat(configuration.get(ConfigKeys.MODE)).contains("replay");
    }

    @Test
    void aKeyNoSourceSetsComesFromTheDefault() {
        assertThat(configuration.source(ConfigKeys.BASELINE)).isEqualTo(ConfigSource.DEFAULT);
        assertThat(ConfigSource.DEFAULT.describe(ConfigKeys.JUDGES)).isEqualTo("default: no personagym.judges set");
        assertThat(ConfigSource.SYSTEM_PROPERTY.describe(ConfigKeys.JUDGES)).isEqualTo("system property personagym.judges");
    }

    @Test
    void theNamesOfEverySourceAreKeptPersonaGymNamesOnly() {
        assertThat(configuration.entries()).containsExactly(
                new ConfigEntry(ConfigKeys.JUDGES, ConfigSource.SYSTEM_PROPERTY),
                new ConfigEntry(ConfigKeys.MODE, ConfigSource.SYSTEM_PROPERTY),
                new ConfigEntry("PERSONAGYM_JUDGES", ConfigSource.ENVIRONMENT),
                new ConfigEntry("PERSONAGYM_MODE", ConfigSource.ENVIRONMENT));
    }

    @Test
    void aConfigurationWrittenAsALambdaCountsAsGivenInCode() {
        Configuration lambda = key -> Optional.of("offline");

        assertThat(lambda.source(ConfigKeys.JUDGES)).isEqualTo(ConfigSource.GIVEN);
        assertThat(Configuration.of(Map.of(ConfigKeys.JUDGES, "offline")).lookup(ConfigKeys.JUDGES)).get()
                .extracting(ConfigValue::source).isEqualTo(ConfigSource.GIVEN);
    }
}
