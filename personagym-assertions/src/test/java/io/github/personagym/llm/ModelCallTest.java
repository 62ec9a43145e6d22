package io.github.personagym.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelCallTest {

    @Test
    void aFailureMessageIsKeptWholeUpToTwoThousandCharacters() {
        String message = "No recording of this exchange. " + "x".repeat(600) + " To record it, set OPENAI_API_KEY.";

        assertThat(ModelCall.describe(new IllegalStateException(message)))
                .isEqualTo("IllegalStateException: " + message);
    }

    @Test
    void aLongerOneLosesItsMiddleNeverTheEndThatSaysWhatToDo() {
        String message = "start " + "x".repeat(5000) + " To record it, set OPENAI_API_KEY.";

        String described = ModelCall.describe(new IllegalStateException(message));

        assertThat(described).hasSizeLessThan(2100).startsWith("IllegalStateException: start")
                .contains("characters left out").endsWith(" To record it, set OPENAI_API_KEY.");
    }
}
