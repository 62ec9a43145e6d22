package io.github.personagym.validity;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.nio.file.Path;

/** A labelled-answers file that cannot be used; the message names the file, the line and what to write. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LabelledAnswersException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    LabelledAnswersException(Path file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }

    LabelledAnswersException(Path file, int line, String problem, Throwable cause) {
        super(file + ":" + line + ": " + problem, cause);
    }
}
