package io.github.personagym.judge;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.Persona;
import io.github.personagym.Task;
import java.util.List;

/**
 * Scores answers against a task's rubric. One call may score a batch of answers to the same task; the
 * judge returns one verdict per answer, in the same order. A judge never throws for a model failure or an
 * unparseable reply: it returns a verdict that says so.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface Judge {

    /** A stable id for reports, e.g. the model spec {@code openai:gpt-4o-mini}, or {@code offline}. */
    String id();

    /** Scores a batch of answers to questions of one task, one verdict per answer, in order. */
    List<Verdict> judge(Persona persona, Task task, List<Answer> answers);

    /** Scores one answer. */
    default Verdict judge(Persona persona, Task task, Answer answer) {
        return judge(persona, task, List.of(answer)).get(0);
    }
}
