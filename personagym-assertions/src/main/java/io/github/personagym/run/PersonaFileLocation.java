package io.github.personagym.run;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.persona.PersonaLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a persona file is: on disk or a classpath resource. A front end may add what it needs (the engine, test
 * sources at a line); the run needs only where the file is, its name and the folder it lies in.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface PersonaFileLocation {

    /** The file on disk, when the persona file is one. */
    Optional<Path> file();

    /** The classpath resource, without a leading slash, when the persona file is one. */
    Optional<String> resource();

    /** A file on disk, as an absolute, normalised path. */
    static PersonaFileLocation ofFile(Path file) {
        return new LocatedPersonaFile(Optional.of(file.toAbsolutePath().normalize()), Optional.empty());
    }

    /** A classpath resource. */
    static PersonaFileLocation ofResource(String resource) {
        return new LocatedPersonaFile(Optional.empty(),
                Optional.of(resource.startsWith("/") ? resource.substring(1) : resource));
    }

    /**
     * The file a persona was read from, as {@link io.github.personagym.Persona#source()} names it: a
     * {@code classpath:} resource, else a path kept as it was given (so that it names the file as before).
     */
    static PersonaFileLocation ofSource(String source) {
        if (source.startsWith(PersonaLoader.CLASSPATH_PREFIX)) {
            return ofResource(source.substring(PersonaLoader.CLASSPATH_PREFIX.length()));
        }
        return new LocatedPersonaFile(Optional.of(Path.of(source)), Optional.empty());
    }

    /** The id a persona gets when its file does not name one: the file name without extension. */
    default String fileStem() {
        String name = file().map(f -> f.getFileName().toString())
                .orElseGet(() -> resource().get().substring(resource().get().lastIndexOf('/') + 1));
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The path of a file on disk, or {@code classpath:<resource>}: how reports and the baseline name it. */
    default String describe() {
        return file().map(Path::toString).orElseGet(() -> PersonaLoader.CLASSPATH_PREFIX + resource().get());
    }

    /**
     * The file as a person opens it: a path relative to the project folder (the working directory of the build)
     * when the file lies in it, and for a classpath resource compiled from {@code src/test/resources} or
     * {@code src/main/resources}, that source file ({@code src/test/resources/personas/captain.yaml}); else
     * {@link #describe()}.
     */
    default String display() {
        Path workingDir = Path.of("").toAbsolutePath();
        if (file().isPresent()) {
            Path absolute = file().get().toAbsolutePath().normalize();
            return absolute.startsWith(workingDir) ? workingDir.relativize(absolute).toString()
                    : file().get().toString();
        }
        for (String folder : new String[] {"src/test/resources/", "src/main/resources/"}) {
            if (Files.isRegularFile(workingDir.resolve(folder + resource().get()))) {
                return folder + resource().get();
            }
        }
        return describe();
    }

    /** The folder of the file: an absolute path on disk, or {@code classpath:} and the resource's folder. */
    default String folder() {
        if (file().isPresent()) {
            return String.valueOf(file().get().toAbsolutePath().normalize().getParent());
        }
        String resource = resource().orElse("");
        String folder = resource.contains("/") ? resource.substring(0, resource.lastIndexOf('/')) : "";
        return PersonaLoader.CLASSPATH_PREFIX + folder;
    }
}
