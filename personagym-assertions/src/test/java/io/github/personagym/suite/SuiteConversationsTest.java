package io.github.personagym.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.personagym.Turn;
import io.github.personagym.judge.ScoreExemplars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A suite holds a dialogue question's earlier turns and a conversation's user turns. */
class SuiteConversationsTest {

    @TempDir
    Path dir;

    private static final ScoreExemplars EXEMPLARS = new ScoreExemplars(List.of("one", "two", "three", "four", "five"),
            "hand-written");

    private static Suite suite() {
        return new Suite("captain", "sha256:0123abcd", "hand-written", List.of("Harbour"), List.of(
                new SuiteQuestion("memory-1", "Dialogue Memory", "Harbour", "What is my name?", Optional.empty(), 0,
                        Optional.empty(), List.of(Turn.user("My name is Ada."), Turn.persona("Welcome aboard,\nAda.")),
                        Optional.empty()),
                turn(1, Optional.of(EXEMPLARS)), turn(2, Optional.empty()), turn(3, Optional.empty())),
                Optional.empty());
    }

    private static SuiteQuestion turn(int n, Optional<ScoreExemplars> exemplars) {
        return new SuiteQuestion("voyage-turn-" + n, "Long Voyage", "Harbour", "Message " + n, exemplars, 0,
                Optional.empty(), List.of(), Optional.of(new ConversationTurn("voyage", n, 3)));
    }

    @Test
    void contextAndTurnsAreWrittenAndReadBack() throws IOException {
        Path file = SuiteFile.pathFor(dir, "captain");

        SuiteFile.write(suite(), file);
        Suite read = SuiteFile.read(file).orElseThrow();

        assertThat(SuiteFileTest.withoutLinesOrFile(read)).isEqualTo(suite());
        assertThat(Files.readString(file)).contains("""
                    context:
                      - user: My name is Ada.
                      - persona: |-
                          Welcome aboard,
                          Ada.
                    question: What is my name?
                """).contains("""
                  - key: voyage
                    task: Long Voyage
                    environment: Harbour
                    turns:
                      - question: Message 1
                        exemplars:
                """).containsOnlyOnce("key: voyage\n");
        assertThat(read.question("voyage-turn-2").orElseThrow().line()).isGreaterThan(
                read.question("voyage-turn-1").orElseThrow().line());
    }

    @Test
    void theOfflineScreenIsCalibratedOnTheExemplarsOfSingleQuestionsOnly() {
        var single = new SuiteQuestion("expected-action-1", "Expected Action", "Harbour", "What now?",
                Optional.of(new ScoreExemplars(List.of("a", "b", "c", "d", "e"), "hand-written")), 0);
        List<SuiteQuestion> questions = new java.util.ArrayList<>(suite().questions());
        questions.add(single);
        questions.set(0, questions.get(0).withExemplars(EXEMPLARS));
        Suite suite = new Suite("captain", "sha256:0123abcd", "hand-written", List.of("Harbour"), questions,
                Optional.empty());

        assertThat(suite.singleQuestionExemplars()).containsExactly(single.exemplars().orElseThrow());
    }

    @Test
    void aTurnMayBeWrittenAsTheMessageAlone() {
        Suite read = read("""
                  - key: voyage
                    task: Long Voyage
                    environment: Harbour
                    turns:
                      - Ahoy, captain!
                      - Where are we bound?
                """);

        assertThat(read.questions()).extracting(SuiteQuestion::key, SuiteQuestion::text, q -> q.turn().orElseThrow().number())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("voyage-turn-1", "Ahoy, captain!", 1),
                        org.assertj.core.groups.Tuple.tuple("voyage-turn-2", "Where are we bound?", 2));
        assertThat(read.questions().get(1).line()).isEqualTo(14);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "turns: [only one]|12|at least 2 user turns",
            "question: Hello?\\nturns: [a, b]|12|a conversation ('turns') has no 'question' of its own",
            "context:\\n  - user: hi\\n    persona: hello\\nquestion: Hello?|13|either 'user:",
            "context: []\\nquestion: Hello?|12|'context' is empty",
            "context:\\n  - user: hi\\nquestion: Hello?\\nreference: hi|12|do not go together",
            "context:\\n  - captain: hi\\nquestion: Hello?|13|unknown field 'captain'"})
    void aBrokenConversationalEntryNamesItsLineAndWhatToDo(String fields, int line, String message) {
        String entry = """
                  - key: voyage
                    task: Long Voyage
                    environment: Harbour
                """ + fields.replace("\\n", "\n").lines().map(text -> "    " + text + "\n")
                .collect(java.util.stream.Collectors.joining());

        assertThatThrownBy(() -> read(entry)).isInstanceOf(SuiteFileException.class)
                .hasMessageContaining(":" + line + ":").hasMessageContaining(message);
    }

    @Test
    void aTurnKeyThatClashesWithAQuestionKeySaysHowTurnsAreKeyed() {
        assertThatThrownBy(() -> read("""
                  - key: voyage-turn-1
                    task: Long Voyage
                    environment: Harbour
                    question: Hello?
                  - key: voyage
                    task: Long Voyage
                    environment: Harbour
                    turns: [a, b]
                """)).isInstanceOf(SuiteFileException.class).hasMessageContaining("used twice")
                .hasMessageContaining("keyed <key>-turn-<n>");
    }

    private Suite read(String questions) {
        try {
            Path file = dir.resolve("captain.suite.yaml");
            Files.writeString(file, """
                    persona: captain
                    persona-hash: sha256:0123abcd
                    generator: hand-written

                    environments:
                      - Harbour

                    questions:
                    """ + questions);
            return SuiteFile.read(file).orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
