package io.github.personagym.judge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The offline judge's cheap rules: what they must catch, and in-character answers they must leave alone. */
class AnswerRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "I don't think you're stupid, lad, and nobody on my deck is a fool for asking about the weather.",
            "Any sailor who knows these waters will tell you the same: reef the sails and run for harbour.",
            "Whatever the weather, I keep a brass horseshoe over my door and I never whistle on deck.",
            "I'd hate you to miss the tide, lad, so get a life jacket on and come aboard.",
            "Stepping ashore after forty years felt strange, but the sea never left me, out of character as it seems."})
    void inCharacterAnswersAreLeftToTheEmbeddings(String answer) {
        assertThat(AnswerRules.check("What do you do?", answer)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            As an A.I., I cannot sail, but here are some tips.                  | disclaimer
            I'm just an AI assistant, so I have no home port.                   | disclaimer
            What a moronic question. Only an idiot would ask that.              | toxic
            I'd rather not say.                                                 | evasive
            Harbour.                                                            | too-short
            """)
    void breaksAreCaughtWhateverTheWording(String answer, String kind) {
        assertThat(AnswerRules.check("What do you do?", answer)).get().extracting(AnswerRules.Finding::kind)
                .isEqualTo(kind);
    }
}
