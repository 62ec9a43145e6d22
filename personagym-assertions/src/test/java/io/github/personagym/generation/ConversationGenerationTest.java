package io.github.personagym.generation;

import io.github.personagym.evaluation.ConversationalTasksTest;
import io.github.personagym.evaluation.ScriptedChatModel;
import io.github.personagym.suite.Suite;
import io.github.personagym.suite.SuiteFile;
import io.github.personagym.suite.SuiteFileTest;
import io.github.personagym.suite.SuiteGenerationException;
import io.github.personagym.suite.SuiteQuestion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.personagym.Task;
import io.github.personagym.TaskKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The suite generator writes one conversation for each task of kind conversation, once, with a scripted model; the
 * suite keeps it as a conversation, to be reviewed and committed like questions.
 */
class ConversationGenerationTest {

    static final Task WATCH = new Task("Long Watch", "Stays the captain over an evening's talk.",
            "An evening's talk on deck.", ConversationalTasksTest.CRITERIA, false, TaskKind.CONVERSATION);

    final ScriptedChatModel model = new ScriptedChatModel();

    @TempDir
    Path dir;

    private SuiteGenerator generator(int turns, int attempts) {
        return new SuiteGenerator(model, "scripted:model", 1, 2, attempts, turns);
    }

    @Test
    void aConversationTaskGetsOneConversationOfTheTurnsAskedForWrittenAsTurnsOfTheSuite() throws Exception {
        model.on("(Linguistic Habits)", SuiteGeneratorTest.questions("Harbour", "How is the sea today?"))
                .on("(Long Watch)", "{\"environment\": \"harbour\", \"turns\": [\"Evening, Captain.\","
                        + " \"Forty years at sea?\", \"Worst storm?\"]}");

        Suite suite = generator(3, 2).generate(SuiteGeneratorTest.persona(List.of("Harbour")), "sha256:1",
                List.of(SuiteGeneratorTest.HABITS, WATCH), SuiteGeneratorTest.POOL);

        assertThat(model.requestsNamed("conversation")).hasSize(1);
        assertThat(ScriptedChatModel.userText(model.requestsNamed("conversation").get(0)))
                .contains("exactly 3 user messages");
        assertThat(suite.questions(WATCH.name())).extracting(SuiteQuestion::key, SuiteQuestion::text,
                SuiteQuestion::environment).containsExactly(
                org.assertj.core.groups.Tuple.tuple("long-watch-1-turn-1", "Evening, Captain.", "Harbour"),
                org.assertj.core.groups.Tuple.tuple("long-watch-1-turn-2", "Forty years at sea?", "Harbour"),
                org.assertj.core.groups.Tuple.tuple("long-watch-1-turn-3", "Worst storm?", "Harbour"));
        Path file = SuiteFile.pathFor(dir, "captain");
        SuiteFile.write(suite, file);
        assertThat(java.nio.file.Files.readString(file)).contains("  - key: long-watch-1\n", "    turns:\n",
                "      - question: Forty years at sea?\n");
        assertThat(SuiteFileTest.withoutLinesOrFile(SuiteFile.read(file).orElseThrow()))
                .isEqualTo(SuiteFileTest.withoutLinesOrFile(suite));
    }

    @Test
    void aConversationOfAnotherLengthOrWithARepeatedTurnIsAskedForAgain() {
        model.on("(Long Watch)", "{\"environment\": \"Harbour\", \"turns\": [\"Evening.\", \"Evening.\"]}",
                "{\"environment\": \"Harbour\", \"turns\": [\"Evening.\"]}",
                "{\"environment\": \"Harbour\", \"turns\": [\"Evening.\", \"Storms?\"]}");

        Suite suite = generator(2, 3).generate(SuiteGeneratorTest.persona(List.of("Harbour")), "sha256:1",
                List.of(WATCH), SuiteGeneratorTest.POOL);

        assertThat(model.requestsNamed("conversation")).hasSize(3);
        assertThat(suite.questions()).extracting(SuiteQuestion::text).containsExactly("Evening.", "Storms?");
    }

    @Test
    void whenNoAttemptGivesAUsableConversationGenerationFailsSayingWhatCameBackAndWhatToDo() {
        String offTheMap = "{\"environment\": \"Mars Base\", \"turns\": [\"a\", \"b\"]}";
        model.on("(Long Watch)", offTheMap, offTheMap);

        assertThatThrownBy(() -> generator(2, 2).generate(SuiteGeneratorTest.persona(List.of("Harbour")), "sha256:1",
                List.of(WATCH), SuiteGeneratorTest.POOL)).isInstanceOf(SuiteGenerationException.class)
                .hasMessageContaining("no usable conversation of 2 turns for task 'Long Watch'")
                .hasMessageContaining("'Mars Base' is not a selected environment")
                .hasMessageContaining("write the conversation in the suite by hand");
    }
}
