package io.github.personagym.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Pacing by the provider's limit headers, deterministic: a clock that moves only when the pacer waits, and
 * replies scripted as header maps.
 */
class ProviderPacerTest {

    private final MovingClock clock = new MovingClock();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final ProviderPacer pacer = new ProviderPacer(wait -> {
        waits.add(wait);
        clock.advance(wait);
    }, clock, Duration.ofMinutes(5));

    private static java.util.function.Function<String, Optional<String>> openAi(int limit, int remaining, String reset) {
        Map<String, String> headers = Map.of("x-ratelimit-limit-requests", Integer.toString(limit),
                "x-ratelimit-remaining-requests", Integer.toString(remaining), "x-ratelimit-reset-requests", reset);
        return name -> Optional.ofNullable(headers.get(name));
    }

    @Test
    void nothingIsHeldUntilAReplyHasSaidSomething() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            pacer.hold(1000);
        }

        assertThat(waits).isEmpty();
    }

    @Test
    void noRequestLeftHoldsTheNextCallsOneRefillApartInTheOrderTheyAsked() throws InterruptedException {
        pacer.observe(pacer.hold(10), openAi(20, 0, "1s"));

        pacer.hold(10);
        pacer.hold(10);
        pacer.hold(10);

        assertThat(waits).containsExactly(Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofMillis(50));
    }

    @Test
    void callsStartedAfterTheReportedOneAreCountedAgainstWhatItSaysIsLeft() throws InterruptedException {
        ProviderPacer.Ticket first = pacer.hold(10);
        pacer.hold(10);
        pacer.hold(10);
        pacer.observe(first, openAi(20, 2, "900ms"));

        pacer.hold(10);

        assertThat(waits).as("2 left, both taken by the calls after the reported one").containsExactly(Duration.ofMillis(50));
    }

    @Test
    void roomLeftLetsCallsGoAtOnce() throws InterruptedException {
        pacer.observe(pacer.hold(10), openAi(20, 5, "750ms"));

        for (int i = 0; i < 5; i++) {
            pacer.hold(10);
        }

        assertThat(waits).isEmpty();
        pacer.hold(10);
        assertThat(waits).hasSize(1);
    }

    @Test
    void aReportOnAnOlderCallThanOneAlreadyHeardIsIgnored() throws InterruptedException {
        ProviderPacer.Ticket older = pacer.hold(10);
        ProviderPacer.Ticket newer = pacer.hold(10);
        pacer.observe(newer, openAi(20, 10, "500ms"));
        pacer.observe(older, openAi(20, 0, "1s"));

        pacer.hold(10);

        assertThat(waits).isEmpty();
    }

    @Test
    void aTokenLimitHoldsACallWhosePromptDoesNotFit() throws InterruptedException {
        Map<String, String> headers = Map.of("x-ratelimit-limit-tokens", "10000",
                "x-ratelimit-remaining-tokens", "1000", "x-ratelimit-reset-tokens", "9s");
        pacer.observe(pacer.hold(500), name -> Optional.ofNullable(headers.get(name)));

        pacer.hold(600);
        pacer.hold(3000);

        assertThat(waits).as("1,000 tokens a second: 600 fit, 3,000 wait for 2,600 more")
                .containsExactly(Duration.ofMillis(2600));
    }

    @Test
    void aWaitLongerThanTheRunWaitsIsNotHeld() throws InterruptedException {
        pacer.observe(pacer.hold(10), openAi(10, 0, "24h"));

        pacer.hold(10);
        pacer.hold(10);

        assertThat(waits).isEmpty();
    }

    @Test
    void theUnpacedPacerNeverHolds() throws InterruptedException {
        // NONE's own sleeper throws if it is ever asked to wait, so a hold that tried to pace would fail here
        ProviderPacer.NONE.observe(ProviderPacer.NONE.hold(10), openAi(20, 0, "1s"));

        assertThatCode(() -> ProviderPacer.NONE.hold(10)).doesNotThrowAnyException();
    }

    /** A clock that stands still until it is moved. */
    static final class MovingClock extends Clock {
        private volatile Instant now = Instant.parse("2025-01-01T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
