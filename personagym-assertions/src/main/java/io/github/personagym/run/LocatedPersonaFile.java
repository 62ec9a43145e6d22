package io.github.personagym.run;

import java.nio.file.Path;
import java.util.Optional;

/** A persona file's location as the run itself makes one (beside another persona, from a persona's source). */
record LocatedPersonaFile(Optional<Path> file, Optional<String> resource) implements PersonaFileLocation {

    @Override
    public String toString() {
        return describe();
    }
}
