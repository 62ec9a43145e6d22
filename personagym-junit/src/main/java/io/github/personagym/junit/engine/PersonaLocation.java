package io.github.personagym.junit.engine;

import io.github.personagym.run.PersonaFileLocation;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

/** Where a persona file is, on disk or a classpath resource, and the test sources that point into it. */
record PersonaLocation(Optional<Path> file, Optional<String> resource) implements PersonaFileLocation {

    static PersonaLocation ofFile(Path file) {
        return of(PersonaFileLocation.ofFile(file));
    }

    static PersonaLocation ofResource(String resource) {
        return of(PersonaFileLocation.ofResource(resource));
    }

    private static PersonaLocation of(PersonaFileLocation location) {
        return new PersonaLocation(location.file(), location.resource());
    }

    /** A test source at a line of this file. */
    TestSource source(int line) {
        Optional<FilePosition> position = line > 0 ? Optional.of(FilePosition.from(line)) : Optional.empty();
        if (file.isPresent()) {
            return FileSource.from(file.get().toFile(), position.orElse(null));
        }
        return ClasspathResourceSource.from(resource.get(), position.orElse(null));
    }

    @Override
    public String toString() {
        return describe();
    }
}
