package io.github.personagym.services;

import io.github.personagym.Persona;
import io.github.personagym.Task;
import io.github.personagym.judge.Answer;
import io.github.personagym.judge.Judge;
import io.github.personagym.judge.Verdict;
import java.util.List;

/**
 * A configured judge that cannot give a verdict in this run (no provider and nothing recorded): every answer
 * gets an error verdict that points at the run's one error about it, instead of a long failure per call.
 */
record UnreachableJudge(String id, String why) implements Judge {

    @Override
    public List<Verdict> judge(Persona persona, Task task, List<Answer> answers) {
        return answers.stream().map(answer -> Verdict.error(id, why)).toList();
    }
}
