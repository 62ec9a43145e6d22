package io.github.personagym.junit.engine;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

/** Where a persona file is: on disk or a classpath resource. */
record PersonaLocation(Optional<Path> file, Optional<String> resource) {

    static PersonaLocation ofFile(Path file) {
        return new PersonaLocation(Optional.of(file.toAbsolutePath().normalize()), Optional.empty());
    }

    static PersonaLocation ofResource(String resource) {
        return new PersonaLocation(Optional.empty(), Optional.of(stripSlash(resource)));
    }

    /** The id a persona gets when its file does not name one: the file name without extension. */
    String fileStem() {
        String name = file.map(f -> f.getFileName().toString())
                .orElseGet(() -> resource.get().substring(resource.get().lastIndexOf('/') + 1));
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** A test source at a line of this file. */
    TestSource source(int line) {
        Optional<FilePosition> position = line > 0 ? Optional.of(FilePosition.from(line)) : Optional.empty();
        if (file.isPresent()) {
            return FileSource.from(file.get().toFile(), position.orElse(null));
        }
        return ClasspathResourceSource.from(resource.get(), position.orElse(null));
    }

    /**
     * The file as a person opens it: a path relative to the project folder (the working directory of the build)
     * when the file lies in it, and for a classpath resource compiled from {@code src/test/resources} or
     * {@code src/main/resources}, that source file ({@code src/test/resources/personas/captain.yaml}); else
     * {@link #toString()}.
     */
    String display() {
        Path workingDir = Path.of("").toAbsolutePath();
        if (file.isPresent()) {
            return file.get().startsWith(workingDir) ? workingDir.relativize(file.get()).toString() : file.get().toString();
        }
        for (String folder : new String[] {"src/test/resources/", "src/main/resources/"}) {
            Path source = workingDir.resolve(folder + resource.get());
            if (java.nio.file.Files.isRegularFile(source)) {
                return folder + resource.get();
            }
        }
        return toString();
    }

    @Override
    public String toString() {
        return file.map(Path::toString).orElseGet(() -> "classpath:" + resource.get());
    }

    private static String stripSlash(String resource) {
        return resource.startsWith("/") ? resource.substring(1) : resource;
    }
}
