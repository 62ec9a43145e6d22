package io.github.personagym.config;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Locale;

/** Where a configuration value came from, as reports name it ({@link #id()}) and as a person reads it. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ConfigSource {

    /** An explicit launcher parameter: Surefire's {@code <configurationParameters>}, the console launcher's {@code --config}. */
    LAUNCHER_PARAMETER("launcherParameter", "launcher configuration parameter"),
    /** A JVM system property: {@code -D...}, Surefire's {@code <systemPropertyVariables>}. */
    SYSTEM_PROPERTY("systemProperty", "system property"),
    /** {@code junit-platform.properties} on the test class path. */
    PROPERTIES_FILE("junitPlatformProperties", "junit-platform.properties"),
    /** An environment variable, in the key's environment form ({@link Configuration#environmentName}). */
    ENVIRONMENT("environment", "environment variable"),
    /** A configuration handed over in code ({@link Configuration#of}, {@link Configuration#from}). */
    GIVEN("given", "configuration given in code"),
    /** No source sets the key: its default applies. */
    DEFAULT("default", "default");

    private final String id;
    private final String label;

    ConfigSource(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name in {@code report.json}: {@code systemProperty}, {@code environment}, {@code default}, … */
    public String id() {
        return id;
    }

    /** What the source is, without a key: {@code system property}, {@code junit-platform.properties}, … */
    public String label() {
        return label;
    }

    /**
     * Where {@code key}'s value came from, in words a user can act on: {@code system property personagym.judges},
     * {@code environment variable PERSONAGYM_JUDGES}, {@code junit-platform.properties},
     * {@code default: no personagym.judges set}.
     */
    public String describe(String key) {
        return switch (this) {
            case LAUNCHER_PARAMETER, SYSTEM_PROPERTY -> label + " " + key;
            case PROPERTIES_FILE -> label + " (" + key + ")";
            case ENVIRONMENT -> label + " " + Configuration.environmentName(key);
            case GIVEN -> label + " (" + key + ")";
            case DEFAULT -> "default: no " + key + " set";
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
