package io.github.personagym.generation;

import io.github.personagym.suite.SuiteGenerationException;
import io.github.personagym.config.Configuration;
import io.github.personagym.evaluation.ScriptedChatModel;
import io.github.personagym.llm.ModelAccess;
import io.github.personagym.llm.ModelSpec;
import io.github.personagym.suite.Suite;
import io.github.personagym.suite.SuiteQuestion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.chat.request.ResponseFormatType;
import io.github.personagym.Persona;
import io.github.personagym.Task;
import io.github.personagym.Thresholds;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

public class SuiteGeneratorTest {

    static final List<String> POOL = List.of("Wedding", "Harbour", "Library", "Courtroom");
    static final Task HABITS = task(Task.LINGUISTIC_HABITS);
    static final Task ACTION = task(Task.EXPECTED_ACTION);

    final ScriptedChatModel model = new ScriptedChatModel();

    @Test
    void fixedEnvironmentsSkipSelection() {
        model.on("(Linguistic Habits)", questions("Harbour", "How is the sea today?", "Greet your crew."))
                .on("(Expected Action)", questions("Harbour", "The anchor jams. What now?", "A storm nears."));

        Suite suite = generator(2, 3).generate(persona(List.of("Harbour")), "sha256:1", List.of(HABITS, ACTION), POOL);

        assertThat(model.requestsNamed("environment_selection")).isEmpty();
        assertThat(suite.environments()).containsExactly("Harbour");
        assertThat(suite.questions()).extracting(SuiteQuestion::key)
                .containsExactly("linguistic-habits-1", "linguistic-habits-2", "expected-action-1", "expected-action-2");
        assertThat(suite.question("expected-action-2").orElseThrow().text()).isEqualTo("A storm nears.");
        assertThat(suite.personaHash()).isEqualTo("sha256:1");
        assertThat(suite.generator()).isEqualTo("scripted:model");
    }

    @Test
    void referenceTasksGetNoGeneratedQuestionsAndNoModelCall() {
        model.on("(Linguistic Habits)", questions("Harbour", "How is the sea today?"));
        var lore = new Task("Sea Lore", "Sayings of the sea.", "", List.of(), false,
                io.github.personagym.TaskKind.REFERENCE);

        Suite suite = generator(1, 3).generate(persona(List.of("Harbour")), "sha256:1", List.of(HABITS, lore), POOL);

        assertThat(suite.questions()).extracting(SuiteQuestion::task).containsExactly(Task.LINGUISTIC_HABITS);
        assertThat(model.requests()).hasSize(1).noneMatch(request -> request.messages().toString().contains("Sea Lore"));
    }

    @Test
    void selectionDropsNamesOutsideThePoolAndMatchesCaseInsensitively() {
        model.on("The settings:", "{\"environments\": [\"wedding\", \"Mars Base\", \"HARBOUR\", \"Wedding\"]}")
                .on("(Linguistic Habits)", questions("Wedding", "Toast the couple.", "Thank the band."));

        Suite suite = generator(2, 2).generate(persona(List.of()), "h", List.of(HABITS), POOL);

        assertThat(suite.environments()).containsExactly("Wedding", "Harbour");
        var selection = model.requestsNamed("environment_selection");
        assertThat(selection).hasSize(1);
        assertThat(selection.get(0).temperature()).isZero();
        assertThat(selection.get(0).responseFormat().type()).isEqualTo(ResponseFormatType.JSON);
    }

    @Test
    void selectionAsksAgainForTheMissingNumberWhenTooFewFit() {
        model.on("The settings:", "{\"environments\": [\"Mars Base\", \"Library\"]}",
                        "{\"environments\": [\"Courtroom\"]}")
                .on("(Linguistic Habits)", questions("Library", "Whisper a greeting.", "Ask for a book."));

        Suite suite = generator(2, 2).generate(persona(List.of()), "h", List.of(HABITS), POOL);

        assertThat(suite.environments()).containsExactly("Library", "Courtroom");
        var second = ScriptedChatModel.userText(model.requestsNamed("environment_selection").get(1));
        assertThat(second).contains("Choose 1 setting ").contains("already chosen", "Library");
    }

    @Test
    void shortQuestionListIsToppedUpByAskingOnlyForTheMissingNumber() {
        model.on("(Linguistic Habits)", questions("Harbour", "How is the sea today?", "Greet your crew."),
                questions("Harbour", "Describe your ship."));

        Suite suite = generator(3, 2).generate(persona(List.of("Harbour")), "h", List.of(HABITS), POOL);

        assertThat(suite.questions()).extracting(SuiteQuestion::text)
                .containsExactly("How is the sea today?", "Greet your crew.", "Describe your ship.");
        assertThat(suite.questions()).extracting(SuiteQuestion::key).last().isEqualTo("linguistic-habits-3");
        List<String> prompts = model.requests().stream().map(ScriptedChatModel::userText).toList();
        assertThat(prompts.get(0)).contains("Write exactly 3 questions");
        assertThat(prompts.get(1)).contains("Write exactly 1 question,").contains("Greet your crew.");
        assertThat(model.requests().get(0).messages().get(0).toString())
                .as("the questions are demanding, several steps to handle, as the paper asks of them")
                .contains("several steps of thought or action");
    }

    @Test
    void duplicateQuestionsAreRejectedIgnoringCaseAndSpaces() {
        model.on("(Linguistic Habits)", questions("Harbour", "How is the sea?", "how  is the SEA? ", "Greet the crew."),
                questions("Harbour", "Greet the crew.", "Name your ship."));

        Suite suite = generator(3, 2).generate(persona(List.of("Harbour")), "h", List.of(HABITS), POOL);

        assertThat(suite.questions()).extracting(SuiteQuestion::text)
                .containsExactly("How is the sea?", "Greet the crew.", "Name your ship.");
    }

    @Test
    void questionsInAnEnvironmentNotSelectedAreRejected() {
        model.on("(Linguistic Habits)", questions("Moon", "Look up."), questions("harbour", "Look out."));

        Suite suite = generator(1, 2).generate(persona(List.of("Harbour")), "h", List.of(HABITS), POOL);

        assertThat(suite.questions()).singleElement().satisfies(q -> {
            assertThat(q.environment()).isEqualTo("Harbour");
            assertThat(q.text()).isEqualTo("Look out.");
        });
    }

    @Test
    void generatorThatStaysShortFailsSayingWhatCameBack() {
        model.on("(Linguistic Habits)", questions("Harbour", "How is the sea?", "HOW IS THE SEA?"),
                "Sorry, I cannot help with that.");

        assertThatThrownBy(() -> generator(2, 2).generate(persona(List.of("Harbour")), "h", List.of(HABITS), POOL))
                .isInstanceOf(SuiteGenerationException.class)
                .hasMessageContaining("1 usable question(s) of the 2 asked for task 'Linguistic Habits'")
                .hasMessageContaining("duplicate 'HOW IS THE SEA?'")
                .hasMessageContaining("not one JSON object: 'Sorry, I cannot help with that.'");
    }

    @Test
    void aMissingRecordingInReplayIsSaidOnceNotOncePerAttempt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        var access = io.github.personagym.llm.ModelAccess.from(io.github.personagym.config.Configuration.of(Map.of(
                "personagym.mode", "replay", "personagym.recordings.dir", dir.toString())));
        var replayOnly = access.model(io.github.personagym.llm.ModelSpec.parse("openai:gpt-4o-mini")).orElseThrow();
        var generator = new SuiteGenerator(replayOnly, "openai:gpt-4o-mini", 2, 2, 4);

        assertThatThrownBy(() -> generator.generate(persona(List.of("Harbour")), "h", List.of(HABITS), POOL))
                .isInstanceOf(SuiteGenerationException.class)
                .satisfies(e -> assertThat(e.getMessage().split("No recording", -1)).as("said once").hasSize(2))
                .hasMessageNotContaining("attempt 2");
    }

    @Test
    void slugsAreReadableAndUnique() {
        var taken = new java.util.HashSet<String>();
        assertThat(SuiteGenerator.uniqueSlug("Linguistic Habits", taken)).isEqualTo("linguistic-habits");
        assertThat(SuiteGenerator.uniqueSlug("linguistic habits!", taken)).isEqualTo("linguistic-habits-2");
        assertThat(SuiteGenerator.uniqueSlug("Café & Co.", taken)).isEqualTo("café-co");
    }

    private SuiteGenerator generator(int questionsPerTask, int maxAttempts) {
        return new SuiteGenerator(model, "scripted:model", questionsPerTask, 2, maxAttempts);
    }

    static String questions(String environment, String... questions) {
        var items = new StringBuilder();
        for (String q : questions) {
            items.append(items.length() == 0 ? "" : ", ")
                    .append("{\"environment\": \"").append(environment).append("\", \"question\": \"").append(q).append("\"}");
        }
        return "{\"questions\": [" + items + "]}";
    }

    public static Persona persona(List<String> environments) {
        return new Persona("captain", Optional.empty(), "A retired sea captain who speaks in nautical terms.",
                Map.of(), Optional.empty(), environments, List.of(), Thresholds.NONE, Optional.empty(), Optional.empty());
    }

    public static Task task(String name) {
        return new Task(name, "what " + name + " measures", "how to probe " + name,
                List.of("one", "two", "three", "four", "five"), true);
    }
}
