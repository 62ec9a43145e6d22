package io.github.personagym.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.personagym.llm.UsageMeter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UsageLinesTest {

    @Test
    void usagePerModelWithTheCostOfPricedModels() {
        Map<String, UsageMeter.Usage> usage = new LinkedHashMap<>();
        usage.put("openai:gpt-4o-mini", new UsageMeter.Usage(20, 1_000_000, 200_000, 4_000_000, 5));
        usage.put("ollama:llama3.1", new UsageMeter.Usage(50, 300_000, 90_000, 1_200_000, 0));

        String text = UsageLines.render(usage, UsageLines.prices(Optional.of("openai:gpt-4o-mini=0.15/0.60")));

        assertThat(text).isEqualTo("Model usage\n"
                + "  openai:gpt-4o-mini: 20 calls, 5 replays, 1000000 prompt + 200000 completion tokens, $0.2700\n"
                + "  ollama:llama3.1: 50 calls, 0 replays, 300000 prompt + 90000 completion tokens\n"
                + "  cost of the priced models: $0.2700\n");
    }

    @Test
    void noUsageNoLines() {
        assertThat(UsageLines.render(Map.of(), Map.of())).isEmpty();
    }

    @Test
    void aMalformedPriceTableSaysWhatItShouldLookLike() {
        assertThatThrownBy(() -> UsageLines.prices(Optional.of("openai:gpt-4o-mini=0.15")))
                .hasMessageContaining("personagym.prices").hasMessageContaining("spec=prompt/completion");
        assertThatThrownBy(() -> UsageLines.prices(Optional.of("openai:gpt-4o-mini=cheap/0.60")))
                .hasMessageContaining("not a number");
    }
}
