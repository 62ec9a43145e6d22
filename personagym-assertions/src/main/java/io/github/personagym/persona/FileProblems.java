package io.github.personagym.persona;

import org.yaml.snakeyaml.error.Mark;

/** Makes the problems of one file, turning SnakeYAML's 0-based marks into 1-based lines and columns. */
final class FileProblems {

    private final String file;

    FileProblems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    PersonaProblem at(Mark mark, FieldPath field, String message, String hint) {
        return at(mark.getLine() + 1, mark.getColumn() + 1, field, message, hint);
    }

    PersonaProblem at(int line, int column, FieldPath field, String message, String hint) {
        return new PersonaProblem(file, line, column, field.toString(), message, hint);
    }

    PersonaProblem wholeFile(String message, String hint) {
        return at(1, 0, FieldPath.ROOT, message, hint);
    }

    PersonaFileException refuse(Mark mark, String message, String hint) {
        return new PersonaFileException(at(mark, FieldPath.ROOT, message, hint));
    }

    PersonaFileException refuse(PersonaProblem problem) {
        return new PersonaFileException(problem);
    }
}
