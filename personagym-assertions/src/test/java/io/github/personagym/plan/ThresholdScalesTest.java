package io.github.personagym.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.github.personagym.Task;
import io.github.personagym.TaskKind;
import io.github.personagym.Thresholds;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Each task threshold is checked against the scale of its task's kind, before anything runs. */
class ThresholdScalesTest {

    private static final Task HABITS = new Task("Linguistic Habits", "How the persona talks.", "Ask.",
            List.of("1", "2", "3", "4", "5"), true);
    private static final Task KNOWLEDGE = new Task("Sea Knowledge", "What a captain knows.", "", List.of(), false,
            TaskKind.CHOICE);
    private static final Task LORE = new Task("Sea Lore", "Sayings.", "", List.of(), false, TaskKind.REFERENCE);
    private static final List<Task> TASKS = List.of(HABITS, KNOWLEDGE, LORE);

    private static Thresholds tasks(Map<String, Double> tasks) {
        return new Thresholds(OptionalDouble.empty(), tasks);
    }

    @Test
    void thresholdsOnTheirTasksScalesPass() {
        assertThatNoException().isThrownBy(() -> ThresholdScales.check(
                tasks(Map.of("Linguistic Habits", 3.5, "Sea Knowledge", 0.8, "Sea Lore", 0.0)), TASKS, t -> t));
    }

    @Test
    void anAccuracyThresholdOfThreeIsAnErrorNamingWhereItWasSetAndTheRangeToUse() {
        assertThatIllegalArgumentException().isThrownBy(() -> ThresholdScales.check(
                        tasks(Map.of("Sea Knowledge", 3.0)), TASKS, t -> "captain.yaml: thresholds.tasks." + t))
                .withMessage("captain.yaml: thresholds.tasks.Sea Knowledge is 3.00, outside the scale 0\u20131 of task"
                        + " Sea Knowledge, which is of kind choice, scored by its accuracy from 0 to 1 with no judge: set"
                        + " a threshold from 0 to 1 (0.8 for 80%)");
    }

    @Test
    void aRubricThresholdBelowOneAndEveryProblemAreNamedOneLineEach() {
        assertThatIllegalArgumentException().isThrownBy(() -> ThresholdScales.check(
                        tasks(Map.of("Linguistic Habits", 0.8, "Sea Lore", 1.5)), TASKS,
                        t -> "@TaskThreshold(task = \"" + t + "\", min = ...)"))
                .satisfies(e -> assertThat(e.getMessage().lines()).containsExactly(
                        "@TaskThreshold(task = \"Linguistic Habits\", min = ...) is 0.80, outside the scale 1\u20135 of"
                                + " task Linguistic Habits, which is of kind rubric, scored 1 to 5 by judges (0 to 1 is"
                                + " the scale of the judge-free kinds reference and choice): set a threshold from 1 to 5",
                        "@TaskThreshold(task = \"Sea Lore\", min = ...) is 1.50, outside the scale 0\u20131 of task"
                                + " Sea Lore, which is of kind reference, scored by its ROUGE-L F1 from 0 to 1 with no"
                                + " judge: set a threshold from 0 to 1 (0.8 for 80%)"));
    }

    @Test
    void aThresholdThatIsNotANumberIsOffEveryScale() {
        assertThat(ThresholdScales.problem(KNOWLEDGE, Double.NaN, "min")).isPresent();
    }
}
