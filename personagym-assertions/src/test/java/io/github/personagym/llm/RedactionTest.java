package io.github.personagym.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void keyShapedTextIsRedactedAndOrdinaryWordsAreNot() {
        String text = Redaction.redact("401 for key sk-proj-Abc123def456ghi789jkl at skateboarding-championship, "
                + "also sk-ant-api03-ZyXwVuTsRqPoNmLkJi and AIzaSyA1234567890abcdefghijklmnopqrstu");

        assertThat(text).doesNotContain("sk-proj-Abc123", "sk-ant-api03", "AIzaSyA1234")
                .contains("[redacted]", "skateboarding-championship");
    }

    @Test
    void aKeyGivenAsAPersonaGymPropertyIsRedactedWhateverItsShape() {
        System.setProperty("personagym.openai.api-key", "plain-looking-secret-42");
        try {
            assertThat(Redaction.redact("agent failed: bad key plain-looking-secret-42"))
                    .isEqualTo("agent failed: bad key [redacted]");
        } finally {
            System.clearProperty("personagym.openai.api-key");
        }
    }
}
