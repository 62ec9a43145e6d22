package io.github.personagym.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.personagym.config.Configuration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactionTest {

    private static final Redaction SHAPES_ONLY = Redaction.of(Configuration.of(Map.of()), Map.of());

    @Test
    void keyShapedTextIsRedactedAndOrdinaryWordsAreNot() {
        String text = SHAPES_ONLY.redact("401 for key sk-proj-Abc123def456ghi789jkl at skateboarding-championship, "
                + "also sk-ant-api03-ZyXwVuTsRqPoNmLkJi and AIzaSyA1234567890abcdefghijklmnopqrstu");

        assertThat(text).doesNotContain("sk-proj-Abc123", "sk-ant-api03", "AIzaSyA1234")
                .contains("[redacted]", "skateboarding-championship");
    }

    @Test
    void aBearerTokenIsRedactedAndTheWordBearerInProseIsNot() {
        assertThat(SHAPES_ONLY.redact("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.c2ln and bearer responsibilities"))
                .isEqualTo("Authorization: Bearer [redacted] and bearer responsibilities");
        assertThat(SHAPES_ONLY.redact("She is the ring bearer extraordinaire. The Bearer Instruments."))
                .isEqualTo("She is the ring bearer extraordinaire. The Bearer Instruments.");
    }

    @Test
    void aKeyGivenAsAPersonaGymPropertyIsRedactedWhateverItsShape() {
        System.setProperty("personagym.openai.api-key", "plain-looking-secret-42");
        try {
            assertThat(Redaction.fromSystem().redact("agent failed: bad key plain-looking-secret-42"))
                    .isEqualTo("agent failed: bad key [redacted]");
        } finally {
            System.clearProperty("personagym.openai.api-key");
        }
    }

    @Test
    void theKeysOfConfigurationAndOfTheProvidersVariablesAreRedacted() {
        Redaction redaction = Redaction.of(Configuration.of(Map.of("personagym.anthropic.api-key", "from-a-parameter")),
                Map.of("OPENAI_API_KEY", "from-openai-variable", "GOOGLE_API_KEY", "from-google-variable",
                        "PERSONAGYM_GEMINI_API_KEY", "from-environment-form", "HOME", "/home/captain"));

        assertThat(redaction.redact("from-a-parameter from-openai-variable from-google-variable "
                + "from-environment-form /home/captain"))
                .isEqualTo("[redacted] [redacted] [redacted] [redacted] /home/captain");
    }

    @Test
    void aValueTooShortToBeAKeyIsLeftAlone() {
        Redaction redaction = Redaction.of(Configuration.of(Map.of()), Map.of("OPENAI_API_KEY", "test"));

        assertThat(redaction.redact("a contested test")).isEqualTo("a contested test");
    }

    @Test
    void aJsonTreeIsRedactedInItsTextsAndNamesAndKeepsItsShape() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Redaction redaction = Redaction.of(Configuration.of(Map.of()), Map.of("OPENAI_API_KEY", "quoted\"secret\\1"));
        var tree = json.readTree("{\"answer\": \"my key is quoted\\\"secret\\\\1\\nsk-proj-Abc123def456ghi789jkl\", "
                + "\"score\": 4, \"by\": {\"sk-proj-Abc123def456ghi789jkl\": [\"x\", null, true]}}");

        assertThat(json.writeValueAsString(redaction.redact(tree))).isEqualTo("{\"answer\":\"my key is [redacted]\\n"
                + "[redacted]\",\"score\":4,\"by\":{\"[redacted]\":[\"x\",null,true]}}");
    }
}
