package io.github.personagym.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.personagym.Persona;
import io.github.personagym.Task;
import io.github.personagym.evaluation.EvaluationResult;
import io.github.personagym.evaluation.ExemplarSource;
import io.github.personagym.evaluation.PersonaEvaluation;
import io.github.personagym.suite.Suite;
import io.github.personagym.suite.SuiteFile;
import io.github.personagym.judge.Judge;
import io.github.personagym.judge.Verdict;
import io.github.personagym.persona.PersonaLoader;
import io.github.personagym.score.MetricScore;
import io.github.personagym.task.TaskCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The captain's multiple-choice task (Sea Knowledge) and reference-answer task (Sea Lore) run with no model at all:
 * the judge and the exemplar source below fail the test if anything asks them, and the offline retrieval agent is the
 * only party that answers. This is what the sample's offline build does for these tasks in every run.
 */
class JudgeFreeTasksOfflineTest {

    /** Any call to it means a judge-free task needed a judge. */
    private static final Judge NO_JUDGE = new Judge() {
        @Override
        public String id() {
            return "must-not-be-called";
        }

        @Override
        public List<Verdict> judge(Persona persona, Task task, List<io.github.personagym.judge.Answer> answers) {
            throw new AssertionError("a judge was asked about task " + task.name());
        }
    };

    @Test
    void theCaptainsChoiceAndReferenceTasksAreScoredWithNoJudgeAndNoModel() {
        Persona captain = PersonaLoader.loadResource("personas/captain.yaml", getClass().getClassLoader());
        Suite suite = SuiteFile.read(Path.of("src/test/resources/personagym/captain.suite.yaml")).orElseThrow();
        List<Task> tasks = TaskCatalog.builtIn().withTasksFrom(Path.of("src/test/resources/personagym/tasks.yaml"))
                .select(List.of("Sea Knowledge", "Sea Lore"));
        ExemplarSource noExemplars = (persona, task, questions) -> {
            throw new AssertionError("exemplars were asked for task " + task.name());
        };

        EvaluationResult result = PersonaEvaluation.builder(List.of(NO_JUDGE)).exemplars(noExemplars).build()
                .run(captain, tasks, suite, KnowledgeAgent.forPersona("captain"));

        MetricScore knowledge = result.metric("Sea Knowledge").orElseThrow();
        MetricScore lore = result.metric("Sea Lore").orElseThrow();
        assertThat(knowledge.metric()).isEqualTo("accuracy");
        assertThat(knowledge.scored()).isEqualTo(4);
        assertThat(knowledge.value().getAsDouble()).isGreaterThanOrEqualTo(captain.thresholds().task("Sea Knowledge")
                .getAsDouble());
        assertThat(lore.metric()).isEqualTo("ROUGE-L F1");
        assertThat(lore.scored()).isEqualTo(3);
        assertThat(lore.value().getAsDouble()).isGreaterThanOrEqualTo(captain.thresholds().task("Sea Lore")
                .getAsDouble());
        assertThat(result.failures()).isEmpty();
    }
}
