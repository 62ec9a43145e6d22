package io.github.personagym.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.personagym.Task;
import io.github.personagym.TaskKind;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskCatalogTest {

    private final TaskCatalog builtIn = TaskCatalog.builtIn();

    static Path fixture(String name) {
        try {
            return Path.of(TaskCatalogTest.class.getResource("/tasks/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void builtInTasksLoadInReportOrderWithFiveNonBlankCriteriaEach() {
        assertThat(builtIn.all()).extracting(Task::name).containsExactlyElementsOf(Task.BUILT_IN_NAMES);
        assertThat(builtIn.all()).allSatisfy(task -> {
            assertThat(task.builtIn()).isTrue();
            assertThat(task.description()).as("description of %s", task.name()).isNotBlank();
            assertThat(task.questionGuidance()).as("question guidance of %s", task.name()).isNotBlank();
            assertThat(task.criteria()).as("criteria of %s", task.name()).hasSize(5).allSatisfy(c ->
                    assertThat(c).isNotBlank());
        });
    }

    @Test
    void builtInCriteriaDifferFromScoreToScore() {
        assertThat(builtIn.all()).allSatisfy(task ->
                assertThat(task.criteria()).as("criteria of %s", task.name()).doesNotHaveDuplicates());
    }

    @Test
    void findIgnoresCaseAndTakesToxicityForToxicityControl() {
        assertThat(builtIn.find("linguistic HABITS")).map(Task::name).contains(Task.LINGUISTIC_HABITS);
        assertThat(builtIn.find(" Toxicity ")).map(Task::name).contains(Task.TOXICITY_CONTROL);
        assertThat(builtIn.find("Humour")).isEmpty();
    }

    @Test
    void requireOfAnUnknownTaskNamesTheNearestAndEveryKnownTask() {
        assertThatThrownBy(() -> builtIn.require("Expected Acton"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown task 'Expected Acton'; the nearest is 'Expected Action'.")
                .hasMessageContaining("Known tasks: Expected Action, Action Justification, Linguistic Habits,"
                        + " Persona Consistency, Toxicity Control ('Toxicity' also names Toxicity Control)");
    }

    @Test
    void customTaskFromYamlFollowsTheBuiltInTasks() {
        TaskCatalog catalog = builtIn.withTasksFrom(fixture("good/domain-knowledge.yaml"));

        assertThat(catalog.all()).extracting(Task::name).containsExactly(Task.EXPECTED_ACTION,
                Task.ACTION_JUSTIFICATION, Task.LINGUISTIC_HABITS, Task.PERSONA_CONSISTENCY, Task.TOXICITY_CONTROL,
                "Domain Knowledge");
        Task custom = catalog.require("domain knowledge");
        assertThat(custom.builtIn()).isFalse();
        assertThat(custom.criterion(1)).isEqualTo("Gets the basics of its own field wrong.");
        assertThat(custom.criterion(5)).startsWith("Knows its field as a seasoned practitioner");
        assertThat(custom.questionGuidance()).startsWith("Ask about everyday problems");
        assertThat(builtIn.find("Domain Knowledge")).as("the original catalogue is unchanged").isEmpty();
    }

    @Test
    void builtInTasksAreOfKindRubric() {
        assertThat(builtIn.all()).extracting(Task::kind).containsOnly(TaskKind.RUBRIC);
    }

    @Test
    void kindIsReadIgnoringCaseAndJudgeFreeTasksNeedNoRubricNorGuidance() {
        TaskCatalog catalog = builtIn.withTasksFrom(fixture("good/judge-free-kinds.yaml"));

        Task knowledge = catalog.require("Sea Knowledge");
        assertThat(knowledge.kind()).isEqualTo(TaskKind.CHOICE);
        assertThat(knowledge.criteria()).isEmpty();
        assertThat(knowledge.questionGuidance()).isEmpty();
        assertThat(knowledge.isRubric()).isFalse();
        assertThat(catalog.require("Sea Lore").kind()).isEqualTo(TaskKind.REFERENCE);
        assertThat(catalog.require("Brevity").kind()).isEqualTo(TaskKind.RUBRIC);
        assertThatThrownBy(() -> knowledge.criterion(3)).hasMessageContaining("is of kind choice and has no rubric");
    }

    @Test
    void aTasksListAddsEveryTaskInFileOrder() {
        TaskCatalog catalog = builtIn.withTasksFrom(fixture("good/two-tasks.yaml"));

        assertThat(catalog.all()).extracting(Task::name).endsWith("Humour", "Brevity").hasSize(7);
        assertThat(catalog.require("Brevity").criterion(4)).isEqualTo("Short.");
    }

    @Test
    void aTaskNamedLikeABuiltInOneOverridesItsRubricAndStaysBuiltIn() {
        TaskCatalog catalog = builtIn.withTasksFrom(fixture("good/stricter-toxicity.yaml"));

        Task toxicity = catalog.require(Task.TOXICITY_CONTROL);
        assertThat(toxicity.name()).isEqualTo(Task.TOXICITY_CONTROL);
        assertThat(toxicity.builtIn()).isTrue();
        assertThat(toxicity.criterion(4)).isEqualTo("A curt tone.");
        assertThat(catalog.all()).extracting(Task::name).containsExactlyElementsOf(Task.BUILT_IN_NAMES);
        assertThat(builtIn.require(Task.TOXICITY_CONTROL).criterion(4)).isNotEqualTo("A curt tone.");
    }

    @Test
    void withTaskMarksACustomTaskAsNotBuiltInWhateverItSays() {
        Task claimed = new Task("Humour", "d", "g", List.of("1", "2", "3", "4", "5"), true);

        assertThat(builtIn.withTask(claimed).require("Humour").builtIn()).isFalse();
    }

    @Test
    void selectingNoTasksGivesTheFiveBuiltInOnesWithOverridesButNoCustomTask() {
        TaskCatalog catalog = builtIn.withTasksFrom(fixture("good/two-tasks.yaml"))
                .withTasksFrom(fixture("good/stricter-toxicity.yaml"));

        List<Task> selected = catalog.select(List.of());

        assertThat(selected).extracting(Task::name).containsExactlyElementsOf(Task.BUILT_IN_NAMES);
        assertThat(selected.get(4).criterion(4)).isEqualTo("A curt tone.");
    }

    @Test
    void selectingNamesKeepsTheirOrderAndDropsRepeats() {
        TaskCatalog catalog = builtIn.withTasksFrom(fixture("good/two-tasks.yaml"));

        List<Task> selected = catalog.select(List.of("humour", "Toxicity", "Toxicity Control", "Expected Action"));

        assertThat(selected).extracting(Task::name)
                .containsExactly("Humour", Task.TOXICITY_CONTROL, Task.EXPECTED_ACTION);
    }

    @Test
    void selectingAnUnknownTaskFailsNamingIt() {
        assertThatThrownBy(() -> builtIn.select(List.of("Expected Action", "Humor")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown task 'Humor'");
    }

    @Test
    void aMissingTaskFileIsReportedWithItsPath() {
        Path missing = Path.of("src/test/resources/tasks/good/no-such-file.yaml");

        assertThatThrownBy(() -> builtIn.withTasksFrom(missing))
                .isInstanceOf(TaskFileException.class)
                .hasMessageStartingWith("Task file " + missing + ": could not be read (NoSuchFileException")
                .hasMessageEndingWith("Check that the file exists and is readable.");
    }
}
