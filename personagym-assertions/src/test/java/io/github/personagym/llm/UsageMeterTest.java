package io.github.personagym.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.output.TokenUsage;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UsageMeterTest {

    @Test
    void countsFromManyThreadsAddUpPerSpecAndInTotal() {
        UsageMeter meter = new UsageMeter();

        IntStream.range(0, 1_000).parallel().forEach(i -> {
            meter.recordCall(i % 2 == 0 ? "openai:a" : "anthropic:b", 10, new TokenUsage(3, 2));
            meter.recordReplay("openai:a");
        });

        assertThat(meter.of("openai:a")).isEqualTo(new UsageMeter.Usage(500, 1_500, 1_000, 5_000, 1_000));
        assertThat(meter.total().calls()).isEqualTo(1_000);
        assertThat(meter.total().totalTokens()).isEqualTo(5_000);
        assertThat(meter.bySpec()).containsOnlyKeys("anthropic:b", "openai:a");
    }

    @Test
    void callsWithoutReportedTokensStillCountCallsAndCharacters() {
        UsageMeter meter = new UsageMeter();

        meter.recordCall("ollama:m", 42, null);

        assertThat(meter.of("ollama:m")).isEqualTo(new UsageMeter.Usage(1, 0, 0, 42, 0));
        assertThat(meter.of("never:used")).isEqualTo(UsageMeter.Usage.NONE);
    }
}
