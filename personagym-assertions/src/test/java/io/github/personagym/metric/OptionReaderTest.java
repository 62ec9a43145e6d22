package io.github.personagym.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OptionReaderTest {

    private static final Choices INSTRUMENTS = new Choices(List.of("Sextant", "Barometer", "Chronometer", "Log line"), 1);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            B                                              | B
            b                                              | B
            (b)                                            | B
            **B.**                                         | B
            "B) Barometer, lad."                           | B
            "Aye, (C). Ye'd not find yer longitude without it." | C
            "A. The sextant, greenhorn."                   | A
            "The answer is D, sailor."                     | D
            "Answer: B"                                    | B
            "It's the barometer, lad. Watch the glass."    | B
            "A fine question. I'd say C."                  | C
            "A fine question, lad: the chronometer."       | C
            """)
    void aReplyThatNamesOneOptionIsReadAsThatOption(String reply, String label) {
        assertThat(OptionReader.named(INSTRUMENTS, reply)).containsExactly(INSTRUMENTS.indexOf(label));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "A fine question, lad, and I've no idea."
            "Ask the mate, I'm busy."
            "E"
            "I trust my bones more than any instrument."
            """)
    void aReplyThatNamesNoOptionIsUnscoredNotWrong(String reply) {
        Measurement measured = OptionReader.measure(INSTRUMENTS, reply);

        assertThat(measured.status()).isEqualTo(Measurement.Status.UNSCORED);
        assertThat(measured.value()).isEmpty();
        assertThat(measured.detail()).isEqualTo("the reply names no option (A, B, C, D), by its letter or its text");
    }

    @Test
    void aReplyThatNamesTwoOptionsIsUnscoredAndSaysWhich() {
        Measurement measured = OptionReader.measure(INSTRUMENTS, "Either the barometer or (C), depends on the day.");

        assertThat(measured.status()).isEqualTo(Measurement.Status.UNSCORED);
        assertThat(measured.detail()).isEqualTo("the reply names 2 options, B (Barometer) and C (Chronometer), so it"
                + " gives no one answer");
    }

    @Test
    void aRightOptionScoresOneAndAWrongOneZero() {
        Measurement right = OptionReader.measure(INSTRUMENTS, "B");
        Measurement wrong = OptionReader.measure(INSTRUMENTS, "The sextant, of course.");

        assertThat(right.value()).hasValue(1);
        assertThat(right.chosen()).contains("B");
        assertThat(right.detail()).isEqualTo("chose B (Barometer), the right option");
        assertThat(wrong.value()).hasValue(0);
        assertThat(wrong.detail()).isEqualTo("chose A (Sextant); the right option is B (Barometer)");
    }

    @Test
    void anOptionInsideAnotherNamedOptionIsNotCountedForItsText() {
        Choices towns = new Choices(List.of("Boston", "South Boston", "Gloucester"), 2);

        assertThat(OptionReader.named(towns, "South Boston, where I was born.")).containsExactly(1);
        assertThat(OptionReader.named(towns, "Boston, lad.")).containsExactly(0);
    }

    @Test
    void thePromptListsTheOptionsByLetterAndAsksForOne() {
        assertThat(INSTRUMENTS.prompt("Which instrument warns of a coming storm?")).isEqualTo("""
                Which instrument warns of a coming storm?

                A) Sextant
                B) Barometer
                C) Chronometer
                D) Log line

                Reply with the letter of one option.""");
    }
}
