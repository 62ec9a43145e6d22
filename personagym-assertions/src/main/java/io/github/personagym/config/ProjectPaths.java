package io.github.personagym.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.nio.file.Path;

/**
 * Where the files of a run live: a relative suite, recordings, report or baseline path is relative to the project
 * folder, {@value ConfigKeys#PROJECT_DIR} when set (the console launcher started elsewhere), else the working
 * directory (under Maven, the module's folder).
 */
@API(status = INTERNAL, since = "0.1")
public final class ProjectPaths {

    private ProjectPaths() {
    }

    /** The path {@code key} names (or {@code defaultValue}), resolved against the project folder. */
    public static Path of(Configuration configuration, String key, String defaultValue) {
        Path path = Path.of(configuration.get(key, defaultValue));
        return path.isAbsolute() ? path : projectDir(configuration).resolve(path).normalize();
    }

    /** The project folder: {@value ConfigKeys#PROJECT_DIR}, else the working directory, as given (relative stays relative). */
    public static Path projectDir(Configuration configuration) {
        return configuration.get(ConfigKeys.PROJECT_DIR).map(Path::of).orElse(Path.of(""));
    }
}
