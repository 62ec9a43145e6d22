package io.github.personagym.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.personagym.metric.Choices;
import io.github.personagym.metric.ReferenceAnswer;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A suite holds the reference answers and options of judge-free tasks' questions. */
class SuiteAnswerKeysTest {

    @TempDir
    Path dir;

    private static Suite suite() {
        return new Suite("captain", "sha256:0123abcd", "hand-written (no model)", List.of("Harbour"), List.of(
                new SuiteQuestion("sea-knowledge-1", "Sea Knowledge", "Harbour", "Which instrument warns of a storm?",
                        Optional.empty(), 0, Optional.of(new Choices(List.of("Sextant", "Barometer", "Yes", "#3: log"),
                        1))),
                new SuiteQuestion("sea-lore-1", "Sea Lore", "Harbour", "Finish the saying: red sky at night…",
                        Optional.empty(), 0, Optional.of(new ReferenceAnswer("Red sky at night,\nsailor's delight.")))),
                Optional.empty());
    }

    @Test
    void optionsAndReferenceAnswersAreWrittenAndReadBack() throws IOException {
        Path file = SuiteFile.pathFor(dir, "captain");

        SuiteFile.write(suite(), file);
        Suite read = SuiteFile.read(file).orElseThrow();

        assertThat(SuiteFileTest.withoutLinesOrFile(read)).isEqualTo(suite());
        assertThat(Files.readString(file)).contains("""
                    options:
                      - Sextant
                      - Barometer
                      - 'Yes'
                      - '#3: log'
                    answer: B
                """).contains("""
                    reference: |-
                      Red sky at night,
                      sailor's delight.
                """);
    }

    @Test
    void theAgentIsAskedTheQuestionWithItsOptions() {
        assertThat(suite().questions().get(0).prompt()).startsWith("Which instrument warns of a storm?\n\nA) Sextant\n");
        assertThat(suite().questions().get(1).prompt()).isEqualTo("Finish the saying: red sky at night…");
    }

    @Test
    void anAnswerMayNameTheRightOptionByItsText() throws IOException {
        Path file = dir.resolve("captain.suite.yaml");
        Files.writeString(file, """
                persona: captain
                persona-hash: sha256:test
                generator: hand-written (no model)
                environments: [Harbour]
                questions:
                  - key: sea-knowledge-1
                    task: Sea Knowledge
                    environment: Harbour
                    question: Which instrument warns of a storm?
                    options: [Sextant, Barometer]
                    answer: barometer
                """);

        assertThat(SuiteFile.read(file).orElseThrow().questions().get(0).answerKey())
                .contains(new Choices(List.of("Sextant", "Barometer"), 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            answer-not-an-option.suite.yaml    | 18 | answer 'E' is not one of the options: write the letter of the right one, A, B, C (options are labelled in order), or its text.
            options-without-answer.suite.yaml  | 10 | a question with 'options' needs 'answer': the letter of the right option (A for the first). Add it.
            reference-and-options.suite.yaml   | 15 | a question has a 'reference' answer (for a task of kind reference) or 'options' (for a task of kind choice), not both.
            reference-with-exemplars.suite.yaml | 15 | score exemplars are for questions of rubric tasks, but this question has a 'reference' answer, which is scored without a judge. Remove 'exemplars'.
            one-option.suite.yaml              | 14 | a multiple-choice question has 2 to 26 options (labelled A, B, C … in order), but this one has 1.
            repeated-option.suite.yaml         | 17 | option 'sextant' is given twice (also on line 15). Remove one.
            """)
    void aBrokenAnswerKeyIsReportedWithFileLineAndRemedy(String name, int line, String problem)
            throws URISyntaxException {
        Path file = Path.of(getClass().getResource("/suites/broken/" + name).toURI());

        assertThatThrownBy(() -> SuiteFile.read(file))
                .isInstanceOfSatisfying(SuiteFileException.class, e -> assertThat(e.line()).isEqualTo(line))
                .hasMessageStartingWith(file + ":" + line + ":")
                .hasMessageContaining(problem);
    }
}
