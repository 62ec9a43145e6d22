package io.github.personagym.evaluation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.suite.SuiteQuestion;
import io.github.personagym.Persona;
import io.github.personagym.Task;
import io.github.personagym.judge.ScoreExemplars;
import java.util.List;
import java.util.Map;

/**
 * Makes the score exemplars of questions that lack them. It may leave questions out (those are judged
 * without exemplars) and may throw (then the whole batch is); it never needs the agent's answers, so the
 * evaluation runs it while the agent answers.
 */
@FunctionalInterface
@API(status = EXPERIMENTAL, since = "0.1")
public interface ExemplarSource {

    /**
     * Makes exemplars for questions of one task.
     *
     * @return exemplars by question key; keys missing from it get none
     */
    Map<String, ScoreExemplars> make(Persona persona, Task task, List<SuiteQuestion> questions);

    /** Makes no exemplars: questions keep the ones their suite has. */
    static ExemplarSource none() {
        return (persona, task, questions) -> Map.of();
    }
}
