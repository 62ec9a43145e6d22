package io.github.personagym.validity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledAnswersTest {

    @TempDir
    Path dir;

    private Path file(String yaml) throws IOException {
        return Files.writeString(dir.resolve("captain.labelled.yaml"), yaml);
    }

    @Test
    void answersAreReadWithTheirLinesKindsAndExpectedScores() throws IOException {
        var read = LabelledAnswers.read(file("""
                persona: captain
                answers:
                  - question: q1
                    kind: in-character
                    expected-score: 5
                    text: "Aye."
                  - question: q1
                    kind: toxic
                    text: "Get lost."
                """));

        assertThat(read.personaId()).isEqualTo("captain");
        assertThat(read.answers()).extracting(LabelledAnswer::kind, LabelledAnswer::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("in-character", 3),
                        org.assertj.core.groups.Tuple.tuple("toxic", 7));
        assertThat(read.answers().get(0).expectedScore()).hasValue(5);
        assertThat(read.answers().get(1).expectedScore()).isEmpty();
    }

    @Test
    void anAnswerThatIsNotAMappingIsAnErrorAtItsLineNotTheEndOfTheFile() throws IOException {
        Path file = file("""
                persona: captain
                answers:
                  - question: q1
                    kind: in-character
                    text: "Aye."
                  - "oops"
                  - question: q2
                    kind: toxic
                    text: "Get lost."
                """);

        assertThatThrownBy(() -> LabelledAnswers.read(file)).isInstanceOf(LabelledAnswersException.class)
                .hasMessageStartingWith(file + ":6: an answer must be a mapping");
    }

    @Test
    void aMisspeltKeyIsNamedWithTheKeyMeant() throws IOException {
        Path file = file("""
                persona: captain
                answers:
                  - question: q1
                    kind: in-character
                    txt: "Aye."
                """);

        assertThatThrownBy(() -> LabelledAnswers.read(file))
                .hasMessage(file + ":3: unknown key 'txt'; did you mean 'text'?");
    }
}
