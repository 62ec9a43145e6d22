package io.github.personagym.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's parameters told apart by source, as the engine and the Jupiter extension read them. */
class PlatformConfigurationTest {

    private final Properties system = new Properties();
    private final Properties file = new Properties();
    private final Map<String, String> parameters = new java.util.HashMap<>();

    private Configuration configuration(Map<String, String> environment) {
        return PlatformConfiguration.of(key -> Optional.ofNullable(parameters.get(key)), parameters::keySet, system,
                file, environment);
    }

    @Test
    void eachParameterIsToldApartBySourceAndTheEnvironmentComesLast() {
        system.setProperty("personagym.judges", "openai:gpt-4o-mini");
        file.setProperty("personagym.mode", "replay");
        parameters.putAll(Map.of("personagym.judges", "openai:gpt-4o-mini", "personagym.mode", "replay",
                "personagym.progress", "false"));

        Configuration configuration = configuration(Map.of("PERSONAGYM_TIMEOUT", "30", "PERSONAGYM_MODE", "live"));

        assertThat(configuration.source("personagym.judges")).isEqualTo(ConfigSource.SYSTEM_PROPERTY);
        assertThat(configuration.source("personagym.mode")).isEqualTo(ConfigSource.PROPERTIES_FILE);
        assertThat(configuration.get("personagym.mode")).contains("replay");
        assertThat(configuration.source("personagym.progress")).isEqualTo(ConfigSource.LAUNCHER_PARAMETER);
        assertThat(configuration.source("personagym.timeout")).isEqualTo(ConfigSource.ENVIRONMENT);
        assertThat(configuration.source("personagym.baseline")).isEqualTo(ConfigSource.DEFAULT);
    }

    @Test
    void anExplicitParameterOverridingASystemPropertyIsALauncherParameter() {
        system.setProperty("personagym.judges", "offline");
        parameters.put("personagym.judges", "openai:gpt-4o-mini");

        Configuration configuration = configuration(Map.of());

        assertThat(configuration.source("personagym.judges")).isEqualTo(ConfigSource.LAUNCHER_PARAMETER);
        assertThat(configuration.entries()).containsExactly(
                new ConfigEntry("personagym.judges", ConfigSource.LAUNCHER_PARAMETER));
    }

    @Test
    void theNamesOfEverySourceAreListedWithTheirSources() {
        system.setProperty("personagym.judge", "offline");
        file.setProperty("personagym.moed", "replay");
        parameters.putAll(Map.of("personagym.judge", "offline", "personagym.moed", "replay", "junit.x", "y"));

        assertThat(configuration(Map.of("PERSONAGYM_JUDGE", "offline", "HOME", "/root")).entries()).containsExactly(
                new ConfigEntry("personagym.judge", ConfigSource.SYSTEM_PROPERTY),
                new ConfigEntry("personagym.moed", ConfigSource.PROPERTIES_FILE),
                new ConfigEntry("PERSONAGYM_JUDGE", ConfigSource.ENVIRONMENT));
    }

    @Test
    void theJunitPlatformPropertiesFileIsReadAsTheLauncherSeesIt(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("junit-platform.properties"), "personagym.judges=offline\n");

        try (var loader = new URLClassLoader(new URL[] {folder.toUri().toURL()}, null)) {
            assertThat(PlatformConfiguration.propertiesFile(loader).getProperty("personagym.judges")).isEqualTo("offline");
        }
        try (var empty = new URLClassLoader(new URL[0], null)) {
            assertThat(PlatformConfiguration.propertiesFile(empty)).isEmpty();
        }
    }
}
