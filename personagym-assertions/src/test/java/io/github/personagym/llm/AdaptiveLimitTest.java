package io.github.personagym.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Additive increase, multiplicative decrease: what the limit does on 429 bursts, pauses and successes. */
class AdaptiveLimitTest {

    private final AtomicLong nanos = new AtomicLong();
    private final AdaptiveLimit limit = new AdaptiveLimit(8, 3, nanos::get);

    @Test
    void aBurstOf429sHalvesTheLimitOnceNotOncePerRejectedCall() throws Exception {
        var permits = new AdaptiveLimit.Permit[8];
        for (int i = 0; i < 8; i++) {
            permits[i] = limit.acquire(AdaptiveLimit.NO_PAUSE);
        }
        for (var permit : permits) {
            limit.rateLimited(permit, Duration.ZERO);
        }

        assertThat(limit.limit()).isEqualTo(4);
        assertThat(limit.inFlight()).isZero();
    }

    @Test
    void a429AfterTheDecreaseHalvesAgainDownToOneAtLeast() throws Exception {
        for (int round = 0; round < 6; round++) {
            limit.rateLimited(limit.acquire(AdaptiveLimit.NO_PAUSE), Duration.ZERO);
        }

        assertThat(limit.limit()).isEqualTo(1);
    }

    @Test
    void growsByOneAfterEnoughSuccessesInARowButNotPastTheMaximum() throws Exception {
        limit.rateLimited(limit.acquire(AdaptiveLimit.NO_PAUSE), Duration.ZERO);
        assertThat(limit.limit()).isEqualTo(4);

        succeed(2);
        limit.failed(limit.acquire(AdaptiveLimit.NO_PAUSE));
        succeed(2);
        assertThat(limit.limit()).as("a failure breaks the run of successes").isEqualTo(4);

        succeed(1);
        assertThat(limit.limit()).isEqualTo(5);
        succeed(30);
        assertThat(limit.limit()).isEqualTo(8);
    }

    @Test
    void aFullLimitMakesTheNextCallerWaitForAFreeSlot() throws Exception {
        var small = new AdaptiveLimit(1, 3, nanos::get);
        var held = small.acquire(AdaptiveLimit.NO_PAUSE);
        CompletableFuture<AdaptiveLimit.Permit> next = CompletableFuture.supplyAsync(() -> acquire(small, AdaptiveLimit.NO_PAUSE));

        assertThatThrownBy(() -> next.get(200, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        small.succeeded(held);
        assertThat(next.get(5, TimeUnit.SECONDS)).isNotNull();
        assertThat(small.peak()).isEqualTo(1);
    }

    @Test
    void retryAfterPausesOtherCallersUntilItHasPassedButNotTheCallerThatWaitedItOut() throws Exception {
        long pause = limit.rateLimited(limit.acquire(AdaptiveLimit.NO_PAUSE), Duration.ofSeconds(30));
        CompletableFuture<AdaptiveLimit.Permit> other = CompletableFuture.supplyAsync(() -> acquire(limit, AdaptiveLimit.NO_PAUSE));

        assertThat(limit.acquire(pause)).as("the caller that met the 429").isNotNull();
        assertThatThrownBy(() -> other.get(200, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        nanos.addAndGet(Duration.ofSeconds(31).toNanos());
        assertThat(other.get(5, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void rejectsAMaximumBelowOne() {
        assertThatThrownBy(() -> new AdaptiveLimit(0, 3, nanos::get)).hasMessageContaining("maximum ≥ 1");
    }

    private void succeed(int times) throws InterruptedException {
        for (int i = 0; i < times; i++) {
            limit.succeeded(limit.acquire(AdaptiveLimit.NO_PAUSE));
        }
    }

    private static AdaptiveLimit.Permit acquire(AdaptiveLimit limit, long exempt) {
        try {
            return limit.acquire(exempt);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
