package io.github.personagym.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The limit headers of OpenAI and Anthropic, read into {@link LimitReport}s. */
class LimitReportTest {

    private static final Instant NOW = Instant.parse("2025-01-01T12:00:00Z");

    private static java.util.List<LimitReport> read(Map<String, String> headers) {
        Map<String, String> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseless.putAll(headers);
        return LimitReport.from(name -> Optional.ofNullable(caseless.get(name)), NOW);
    }

    @Test
    void readsOpenAisRequestAndTokenLimitsWithTheirResetDurations() {
        assertThat(read(Map.of(
                "x-ratelimit-limit-requests", "500", "x-ratelimit-remaining-requests", "499",
                "x-ratelimit-reset-requests", "120ms",
                "X-RateLimit-Limit-Tokens", "30000", "X-RateLimit-Remaining-Tokens", "29000",
                "X-RateLimit-Reset-Tokens", "6m0s")))
                .containsExactly(new LimitReport("requests", 500, 499, Duration.ofMillis(120)),
                        new LimitReport("tokens", 30000, 29000, Duration.ofMinutes(6)));
    }

    @Test
    void readsAnthropicsLimitsWithTheirResetTimes() {
        assertThat(read(Map.of(
                "anthropic-ratelimit-requests-limit", "50", "anthropic-ratelimit-requests-remaining", "0",
                "anthropic-ratelimit-requests-reset", "2025-01-01T12:00:02Z",
                "anthropic-ratelimit-input-tokens-limit", "40000", "anthropic-ratelimit-input-tokens-remaining", "39000",
                "anthropic-ratelimit-input-tokens-reset", "2025-01-01T12:00:01.500Z")))
                .containsExactly(new LimitReport("requests", 50, 0, Duration.ofSeconds(2)),
                        new LimitReport("input-tokens", 40000, 39000, Duration.ofMillis(1500)));
    }

    @Test
    void aLimitWithAPartMissingOrUnreadableIsLeftOut() {
        assertThat(read(Map.of(
                "x-ratelimit-limit-requests", "500", "x-ratelimit-remaining-requests", "499",
                "x-ratelimit-limit-tokens", "30000", "x-ratelimit-remaining-tokens", "many",
                "x-ratelimit-reset-tokens", "1s",
                "anthropic-ratelimit-requests-limit", "50", "anthropic-ratelimit-requests-remaining", "3",
                "anthropic-ratelimit-requests-reset", "soon"))).isEmpty();
    }

    @Test
    void goDurationsAsOpenAiWritesThem() {
        assertThat(LimitReport.goDuration("1s")).hasValue(Duration.ofSeconds(1));
        assertThat(LimitReport.goDuration("17.279s")).hasValue(Duration.ofMillis(17_279));
        assertThat(LimitReport.goDuration("1h2m3.5s")).hasValue(Duration.ofMillis(3_723_500));
        assertThat(LimitReport.goDuration("0s")).hasValue(Duration.ZERO);
        assertThat(LimitReport.goDuration("6m")).hasValue(Duration.ofMinutes(6));
        assertThat(LimitReport.goDuration("soon")).isEmpty();
        assertThat(LimitReport.goDuration("1s later")).isEmpty();
        assertThat(LimitReport.goDuration("")).isEmpty();
    }
}
