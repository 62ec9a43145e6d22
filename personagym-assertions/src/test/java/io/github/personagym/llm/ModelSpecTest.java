package io.github.personagym.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.personagym.llm.ModelSpec.Provider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ModelSpecTest {

    @ParameterizedTest
    @ValueSource(strings = {"openai:gpt-4o-mini", "anthropic:claude-3-5-haiku-latest", "gemini:gemini-2.0-flash",
            "ollama:llama3.1:8b", "offline"})
    void everyFormReadsBackToItself(String spec) {
        assertThat(ModelSpec.parse(spec).toString()).isEqualTo(spec);
    }

    @Test
    void providerAndModelAreSeparatedAtTheFirstColon() {
        ModelSpec spec = ModelSpec.parse(" ollama:llama3.1:8b ");

        assertThat(spec.provider()).isEqualTo(Provider.OLLAMA);
        assertThat(spec.model()).isEqualTo("llama3.1:8b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpt-4o", "azure:gpt-4o", "openai:", "openai", ""})
    void anythingElseIsRejectedWithTheAcceptedForms(String spec) {
        assertThatThrownBy(() -> ModelSpec.parse(spec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + spec + "'")
                .hasMessageContaining("openai:<model>, anthropic:<model>, gemini:<model>, ollama:<model> or offline");
    }

    @Test
    void aListOfJudgesIsCommaSeparated() {
        assertThat(ModelSpec.parseList("openai:gpt-4o-mini, anthropic:claude-3-5-haiku-latest,,offline"))
                .extracting(ModelSpec::toString)
                .containsExactly("openai:gpt-4o-mini", "anthropic:claude-3-5-haiku-latest", "offline");
    }

    @Test
    void modeIsReadFromConfigurationAndDefaultsToAuto() {
        assertThat(Mode.from(key -> java.util.Optional.empty())).isEqualTo(Mode.AUTO);
        assertThat(Mode.from(Fixtures.config(java.util.Map.of("personagym.mode", "Replay")))).isEqualTo(Mode.REPLAY);
        assertThatThrownBy(() -> Mode.parse("sometimes")).hasMessageContaining("auto, live, record, replay or offline");
    }

    @Test
    void aMisspeltProviderNamesTheKeyAndSuggestsTheProviderMeant() {
        assertThatThrownBy(() -> ModelSpec.parseList("opneai:gpt-4o", "personagym.judges"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("personagym.judges: Not a model spec: 'opneai:gpt-4o'.")
                .hasMessageEndingWith("Did you mean 'openai:gpt-4o'?");
        assertThatThrownBy(() -> ModelSpec.parse("ofline", "personagym.judges"))
                .hasMessageEndingWith("Did you mean 'offline'?");
        assertThatThrownBy(() -> ModelSpec.parse("gpt-4o", "personagym.generator"))
                .hasMessageStartingWith("personagym.generator: Not a model spec: 'gpt-4o'.")
                .hasMessageNotContaining("Did you mean");
    }
}
