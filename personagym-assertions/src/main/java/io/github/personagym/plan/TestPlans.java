package io.github.personagym.plan;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.github.personagym.suite.Suite;
import io.github.personagym.Persona;
import io.github.personagym.Task;
import io.github.personagym.Thresholds;
import java.util.List;

/** A persona's {@link PersonaTestPlan} from its suite: what both front ends run. */
@API(status = INTERNAL, since = "0.1")
public final class TestPlans {

    private TestPlans() {
    }

    /**
     * The plan of a persona tested on {@code tasks} with {@code suite}: its questions point at their lines in the
     * suite file, its checks at the persona file.
     *
     * @param mutants whether the plan ends with the "mutants caught" check
     */
    public static PersonaTestPlan of(Persona persona, List<Task> tasks, Suite suite, Thresholds thresholds,
                                     boolean mutants) {
        return of(persona, tasks, suite, thresholds, mutants, io.github.personagym.config.ConfigKeys.DEFAULT_DRIFT_DROP);
    }

    /**
     * As {@link #of(Persona, List, Suite, Thresholds, boolean)}, with a drift check per conversation task that fails
     * when the task's late turns score more than {@code driftDrop} below its early turns.
     */
    public static PersonaTestPlan of(Persona persona, List<Task> tasks, Suite suite, Thresholds thresholds,
                                     boolean mutants, double driftDrop) {
        return builder(persona, tasks, thresholds, mutants, driftDrop)
                .suite(suite.environments(), suite.questions().stream()
                        .map(q -> new PlanBuilder.SuiteEntry(q.key(), q.task(), q.environment(), q.line())).toList())
                .suiteSource(suite.file().map(file -> file.toAbsolutePath().toString()))
                .build();
    }

    /**
     * The checks of a persona whose suite is not there yet (it is made in the run): the same checks as a plan with a
     * suite has, which come after its questions.
     */
    public static List<PlannedCheck> checks(Persona persona, List<Task> tasks, Thresholds thresholds, boolean mutants,
                                            double driftDrop) {
        return builder(persona, tasks, thresholds, mutants, driftDrop).build().checks();
    }

    private static PlanBuilder builder(Persona persona, List<Task> tasks, Thresholds thresholds, boolean mutants,
                                       double driftDrop) {
        return PlanBuilder.forPersona(persona.id())
                .tasks(tasks.stream().map(Task::name).toList())
                .kinds(tasks.stream().filter(task -> !task.isRubric())
                        .collect(java.util.stream.Collectors.toMap(Task::name, Task::kind)))
                .personaSource(persona.source())
                .thresholds(thresholds)
                .mutants(mutants)
                .conversations(tasks.stream().filter(t -> t.kind() == io.github.personagym.TaskKind.CONVERSATION)
                        .map(Task::name).toList(), driftDrop);
    }
}
