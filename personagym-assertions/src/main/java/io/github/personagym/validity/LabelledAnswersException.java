package io.github.personagym.validity;

import java.nio.file.Path;

/** A labelled-answers file that cannot be used; the message names the file, the line and what to write. */
public final class LabelledAnswersException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    LabelledAnswersException(Path file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }

    LabelledAnswersException(Path file, int line, String problem, Throwable cause) {
        super(file + ":" + line + ": " + problem, cause);
    }
}
