package io.github.personagym.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Configuration as a JUnit Platform run sees it: the run's configuration parameters (which the launcher reads
 * from its explicit parameters, then system properties, then {@code junit-platform.properties}), then
 * environment variables. A parameter's source is told by where its value is found: the same value as a system
 * property is one, else the same value in {@code junit-platform.properties}, else an explicit launcher
 * parameter. Takes plain functions, so that the engine and the Jupiter extension share it and tests inject it.
 */
@API(status = INTERNAL, since = "0.1")
public final class PlatformConfiguration {

    static final String PROPERTIES_FILE = "junit-platform.properties";

    private PlatformConfiguration() {
    }

    /**
     * @param parameters     the run's configuration parameters by key
     * @param parameterNames every name the parameters hold (JUnit's {@code ConfigurationParameters.keySet()})
     * @param system         the JVM's system properties
     * @param propertiesFile the {@code junit-platform.properties} the launcher read (empty when none)
     * @param environment    the environment variables
     */
    public static Configuration of(Function<String, Optional<String>> parameters,
                                   Supplier<? extends Collection<String>> parameterNames, Properties system,
                                   Properties propertiesFile, Map<String, String> environment) {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(propertiesFile, "propertiesFile");
        Configuration fromParameters = Configuration.withSources(
                key -> parameters.apply(key).map(value -> new ConfigValue(key, value,
                        source(key, value, system, propertiesFile))),
                () -> entries(parameterNames.get(), parameters, system, propertiesFile));
        return fromParameters.orElse(Configuration.environment(environment));
    }

    /** The {@value #PROPERTIES_FILE} that {@code loader} sees first, as the launcher reads it; empty when none. */
    public static Properties propertiesFile(ClassLoader loader) {
        Properties properties = new Properties();
        URL file = loader == null ? null : loader.getResource(PROPERTIES_FILE);
        if (file != null) {
            try (InputStream in = file.openStream()) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return properties;
    }

    private static ConfigSource source(String key, String value, Properties system, Properties propertiesFile) {
        if (value.equals(system.getProperty(key))) {
            return ConfigSource.SYSTEM_PROPERTY;
        }
        return value.equals(propertiesFile.getProperty(key)) ? ConfigSource.PROPERTIES_FILE
                : ConfigSource.LAUNCHER_PARAMETER;
    }

    private static List<ConfigEntry> entries(Collection<String> names, Function<String, Optional<String>> parameters,
                                             Properties system, Properties propertiesFile) {
        List<ConfigEntry> entries = new ArrayList<>();
        for (String name : names.stream().sorted().toList()) {
            if (name.startsWith(ConfigKeys.PREFIX)) {
                entries.add(new ConfigEntry(name, entrySource(name, parameters.apply(name), system, propertiesFile)));
            }
        }
        return entries;
    }

    /** A name's source: where it is set, unless an explicit parameter gives it another value. */
    private static ConfigSource entrySource(String name, Optional<String> value, Properties system,
                                            Properties propertiesFile) {
        if (system.containsKey(name) && value.map(v -> v.equals(system.getProperty(name))).orElse(true)) {
            return ConfigSource.SYSTEM_PROPERTY;
        }
        if (propertiesFile.containsKey(name) && value.map(v -> v.equals(propertiesFile.getProperty(name))).orElse(true)) {
            return ConfigSource.PROPERTIES_FILE;
        }
        return ConfigSource.LAUNCHER_PARAMETER;
    }
}
