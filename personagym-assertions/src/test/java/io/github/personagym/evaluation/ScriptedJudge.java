package io.github.personagym.evaluation;

import io.github.personagym.Persona;
import io.github.personagym.Task;
import io.github.personagym.judge.Answer;
import io.github.personagym.judge.Judge;
import io.github.personagym.judge.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A judge double with scripted verdicts (no model), which remembers every batch it was given. */
final class ScriptedJudge implements Judge {

    private final String id;
    private final Function<Answer, Verdict> verdicts;
    private final List<List<Answer>> batches = new ArrayList<>();

    ScriptedJudge(String id, Function<Answer, Verdict> verdicts) {
        this.id = id;
        this.verdicts = verdicts;
    }

    /** Scores every answer by a function of its question key. */
    static ScriptedJudge scoring(String id, Function<String, Integer> scoreByKey) {
        return new ScriptedJudge(id, answer -> Verdict.scored(id, scoreByKey.apply(answer.questionKey()), "scripted"));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<Verdict> judge(Persona persona, Task task, List<Answer> answers) {
        synchronized (batches) {
            batches.add(List.copyOf(answers));
        }
        return answers.stream().map(verdicts).toList();
    }

    List<List<Answer>> batches() {
        synchronized (batches) {
            return List.copyOf(batches);
        }
    }

    List<String> judgedKeys() {
        return batches().stream().flatMap(List::stream).map(Answer::questionKey).sorted().toList();
    }
}
