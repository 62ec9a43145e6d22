package io.github.personagym.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.util.ServiceLoader;

/**
 * LangChain4j logs through SLF4J. A test project with no SLF4J provider would get three lines of "No SLF4J
 * providers were found" on every run; with none, SLF4J logs nothing anyway, so those lines are silenced. A project
 * that has a provider (Logback, slf4j-simple …) is left exactly as it is.
 */
@API(status = INTERNAL, since = "0.1")
public final class QuietLogging {

    private static final String VERBOSITY = "slf4j.internal.verbosity";

    private QuietLogging() {
    }

    /** Call before the first model client is built. */
    public static void whenNoProvider() {
        if (System.getProperty(VERBOSITY) != null) {
            return;
        }
        try {
            Class<?> provider = Class.forName("org.slf4j.spi.SLF4JServiceProvider", false,
                    QuietLogging.class.getClassLoader());
            if (ServiceLoader.load(provider, QuietLogging.class.getClassLoader()).findFirst().isEmpty()) {
                System.setProperty(VERBOSITY, "ERROR");
            }
        } catch (ClassNotFoundException | LinkageError | java.util.ServiceConfigurationError e) {
            // no SLF4J 2 on the class path: nothing prints those lines
        }
    }
}
