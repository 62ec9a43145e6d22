package io.github.personagym.generation;

import io.github.personagym.evaluation.ScriptedChatModel;
import io.github.personagym.suite.Suite;
import io.github.personagym.suite.SuiteFile;
import io.github.personagym.suite.SuiteGenerationException;
import io.github.personagym.suite.SuiteQuestion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.personagym.Task;
import io.github.personagym.TaskKind;
import io.github.personagym.metric.Choices;
import io.github.personagym.metric.ReferenceAnswer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator writes multiple-choice questions (question, options, answer key) for tasks of kind choice, checked
 * strictly, and keeps the hand-written judge-free questions of a suite it replaces. The model is scripted: every reply
 * below is written by hand.
 */
class ChoiceGenerationTest {

    static final Task KNOWLEDGE = new Task("Sea Knowledge", "What a captain knows from forty years at sea.", "",
            List.of(), false, TaskKind.CHOICE);
    static final Task LORE = new Task("Sea Lore", "Sayings of the sea.", "", List.of(), false, TaskKind.REFERENCE);

    final ScriptedChatModel model = new ScriptedChatModel();

    private SuiteGenerator generator(int questionsPerTask, int maxAttempts) {
        return new SuiteGenerator(model, "scripted:model", questionsPerTask, 2, maxAttempts);
    }

    static String item(String environment, String question, String answer, String... options) {
        return "{\"environment\": \"" + environment + "\", \"question\": \"" + question + "\", \"options\": [\""
                + String.join("\", \"", options) + "\"], \"answer\": \"" + answer + "\"}";
    }

    static String reply(String... items) {
        return "{\"questions\": [" + String.join(", ", items) + "]}";
    }

    @Test
    void aChoiceTaskGetsQuestionsWithOptionsAndAnswerKeyThatAreWrittenAndReadBack(@TempDir Path dir) {
        model.on("(Sea Knowledge)", reply(
                item("Harbour", "What do low-flying gulls foretell?", "B", "Fair weather", "A storm", "Fish"),
                item("Harbour", "Which fruit stays ashore?", "c", "Apples", "Oranges", "Bananas", "Plums")));

        Suite suite = generator(2, 3).generate(SuiteGeneratorTest.persona(List.of("Harbour")), "sha256:1",
                List.of(KNOWLEDGE), SuiteGeneratorTest.POOL);

        assertThat(suite.questions()).extracting(SuiteQuestion::key).containsExactly("sea-knowledge-1", "sea-knowledge-2");
        assertThat(suite.question("sea-knowledge-2").orElseThrow().answerKey())
                .contains(new Choices(List.of("Apples", "Oranges", "Bananas", "Plums"), 2));
        var request = model.requestsNamed("choice_questions");
        assertThat(request).hasSize(1);
        assertThat(ScriptedChatModel.userText(request.get(0))).contains("A retired sea captain",
                "What a captain knows from forty years at sea.", "Write exactly 2 multiple-choice questions");
        Path file = dir.resolve("captain.suite.yaml");
        SuiteFile.write(suite.withFile(file), file, io.github.personagym.llm.Redaction.fromSystem());
        assertThat(SuiteFile.read(file).orElseThrow().question("sea-knowledge-1").orElseThrow().answerKey())
                .contains(new Choices(List.of("Fair weather", "A storm", "Fish"), 1));
    }

    @Test
    void unusableItemsAreDroppedAndOnlyTheMissingNumberIsAskedForAgain() {
        model.on("(Sea Knowledge)", reply(
                        item("Harbour", "What do low-flying gulls foretell?", "B", "Fair weather", "A storm", "Fish"),
                        item("Harbour", "Two options only?", "A", "Yes", "No"),
                        item("Harbour", "An answer that is no option?", "E", "One", "Two", "Three"),
                        item("Harbour", "Repeated options?", "A", "Aye", "aye", "Nay"),
                        item("Mars Base", "Which star guides you?", "A", "Polaris", "Sirius", "Vega")),
                reply(item("Harbour", "Which star guides you home?", "A", "Polaris", "Sirius", "Vega")));

        Suite suite = generator(2, 3).generate(SuiteGeneratorTest.persona(List.of("Harbour")), "h", List.of(KNOWLEDGE),
                SuiteGeneratorTest.POOL);

        assertThat(suite.questions()).extracting(SuiteQuestion::text)
                .containsExactly("What do low-flying gulls foretell?", "Which star guides you home?");
        String second = ScriptedChatModel.userText(model.requestsNamed("choice_questions").get(1));
        assertThat(second).contains("Write exactly 1 multiple-choice question,", "already written",
                "What do low-flying gulls foretell?");
    }

    @Test
    void aGeneratorThatNeverGivesAUsableAnswerKeyFailsTheTaskSayingWhatCameBackAndInventsNone() {
        model.on("(Sea Knowledge)", reply(item("Harbour", "Which fruit stays ashore?", "the bananas", "Apples",
                        "Oranges", "Bananas")), "I think bananas are unlucky.");

        assertThatThrownBy(() -> generator(1, 2).generate(SuiteGeneratorTest.persona(List.of("Harbour")), "h",
                List.of(KNOWLEDGE), SuiteGeneratorTest.POOL))
                .isInstanceOf(SuiteGenerationException.class)
                .hasMessageContaining("wrote 0 usable multiple-choice question(s) of the 1 asked for task 'Sea Knowledge'"
                        + " of persona 'captain' in 2 attempt(s)")
                .hasMessageContaining("has the answer 'the bananas', which is not the letter of one of its 3 options")
                .hasMessageContaining("attempt 2: the reply is not one JSON object: 'I think bananas are unlucky.'")
                .hasMessageContaining("write the task's questions in the suite file by hand");
    }

    @Test
    void aReplacedSuitesHandWrittenJudgeFreeQuestionsAreKeptAndTheirTasksNotGenerated() {
        model.on("(Linguistic Habits)", SuiteGeneratorTest.questions("Harbour", "How is the sea today?"));
        var mine = new SuiteQuestion("sea-knowledge-1", KNOWLEDGE.name(), "Old Port", "Which instrument warns of a storm?",
                Optional.empty(), 31, Optional.of(new Choices(List.of("Sextant", "Barometer"), 1)));
        var lore = new SuiteQuestion("linguistic-habits-1", LORE.name(), "Harbour", "Finish: red sky at night",
                Optional.empty(), 40, Optional.of(new ReferenceAnswer("Red sky at night, sailor's delight.")));
        String said;
        PrintStream out = System.out;
        var console = new ByteArrayOutputStream();
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        Suite suite;
        try {
            suite = generator(1, 2).generate(SuiteGeneratorTest.persona(List.of("Harbour")), "h",
                    List.of(SuiteGeneratorTest.HABITS, KNOWLEDGE, LORE), SuiteGeneratorTest.POOL, List.of(mine, lore));
        } finally {
            System.setOut(out);
            said = console.toString(StandardCharsets.UTF_8);
        }

        assertThat(model.requestsNamed("choice_questions")).isEmpty();
        assertThat(suite.questions()).extracting(SuiteQuestion::key)
                .containsExactly("linguistic-habits-2", "sea-knowledge-1", "linguistic-habits-1");
        assertThat(suite.question("sea-knowledge-1").orElseThrow().answerKey()).isEqualTo(mine.answerKey());
        assertThat(suite.environments()).containsExactly("Harbour", "Old Port");
        assertThat(said).contains("[personagym] captain: kept the 1 hand-written question(s) of task 'Sea Knowledge'"
                + " from the suite being replaced").doesNotContain("no questions generated for task 'Sea Lore'");
    }
}
