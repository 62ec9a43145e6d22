package io.github.personagym.services;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.ConfigSource;
import io.github.personagym.config.Configuration;
import io.github.personagym.judge.LlmRubricJudge;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link ConfiguredServices} states about its judges, without calling a model. */
class JudgesInForceTest {

    @TempDir
    Path recordings;

    private ConfiguredServices models(Map<String, String> systemProperties, Map<String, String> environment) {
        Configuration configuration = Configuration.sourced(ConfigSource.SYSTEM_PROPERTY,
                key -> Optional.ofNullable(systemProperties.get(key)), systemProperties::keySet)
                .orElse(Configuration.of(Map.of(ConfigKeys.RECORDINGS_DIR, recordings.toString())));
        return new ConfiguredServices(configuration, environment);
    }

    @Test
    void anEnsembleOfReachableLlmJudgesIsStatedWithItsSourceAndNothingElse() {
        ConfiguredServices models = models(Map.of(ConfigKeys.JUDGES, "openai:gpt-4o-mini, openai:gpt-4.1-mini"),
                Map.of("OPENAI_API_KEY", "sk-test"));

        JudgesInForce judges = models.judgesInForce();

        assertThat(judges.lines()).containsExactly("judges in force: openai:gpt-4o-mini, openai:gpt-4.1-mini "
                + "(system property personagym.judges)");
        assertThat(judges.judges()).extracting(JudgesInForce.Entry::source).containsOnly(ConfigSource.SYSTEM_PROPERTY);
        assertThat(models.judges()).allMatch(LlmRubricJudge.class::isInstance);
    }

    @Test
    void aJudgeThatCannotBeReachedIsAnErrorAndItsVerdictsPointAtIt() {
        ConfiguredServices models = models(Map.of(ConfigKeys.JUDGES, "anthropic:claude-3-5-haiku-latest"), Map.of());

        assertThat(models.judgesInForce().errors()).singleElement().asString()
                .startsWith("Judge anthropic:claude-3-5-haiku-latest cannot be reached: ANTHROPIC_API_KEY is not set")
                .contains("Set ANTHROPIC_API_KEY (or personagym.anthropic.api-key)");
        assertThat(models.judges()).singleElement().isInstanceOf(UnreachableJudge.class)
                .extracting(judge -> ((UnreachableJudge) judge).why()).asString()
                .startsWith("cannot be reached (ANTHROPIC_API_KEY not set, no recorded call)");
    }

    @Test
    void replayModeWithoutARecordingOfTheJudgeSaysHowToRecordIt() {
        ConfiguredServices models = models(Map.of(ConfigKeys.JUDGES, "openai:gpt-4o-mini", ConfigKeys.MODE, "replay"),
                Map.of("OPENAI_API_KEY", "sk-test"));

        assertThat(models.judgesInForce().errors()).singleElement().asString()
                .contains("personagym.mode=replay calls no model", "Record its calls once, with OPENAI_API_KEY");
    }

    @Test
    void judgesGivenInCodeAreKnownByTheirIds() {
        assertThat(JudgesInForce.given(List.of("scripted-judge")).lines())
                .containsExactly("judges in force: scripted-judge (given in code)");
    }
}
