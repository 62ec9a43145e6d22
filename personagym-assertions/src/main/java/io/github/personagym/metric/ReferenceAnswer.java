package io.github.personagym.metric;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.TaskKind;
import java.util.Objects;

/** A question's reference answer, which an answer is compared with by ROUGE-L. */
@API(status = EXPERIMENTAL, since = "0.1")
public record ReferenceAnswer(String text) implements AnswerKey {

    public ReferenceAnswer {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("A reference answer must not be blank");
        }
    }

    @Override
    public TaskKind kind() {
        return TaskKind.REFERENCE;
    }

    @Override
    public String prompt(String question) {
        return question;
    }
}
