package io.github.personagym.llm;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * How many calls to one provider may be in flight at once, adapted to how the provider copes (additive
 * increase, multiplicative decrease). It starts at its maximum ({@code personagym.concurrency}); a rate
 * limit (HTTP 429) halves it, once per burst, and stops new calls until the server's {@code Retry-After}
 * has passed; every {@code successesToGrow} successes in a row add one again, up to the maximum.
 *
 * <p>A burst is told apart by epochs: each decrease starts a new epoch, and a 429 for a call that began
 * before the last decrease is part of the burst that caused it, so 32 calls rejected together halve the
 * limit once, not five times. The call that met the 429 waits out {@code Retry-After} in its retries and is
 * not held up a second time by the pause it caused.
 */
final class AdaptiveLimit {

    /** The right to make one call, taken in {@code epoch}. */
    record Permit(long epoch) {
    }

    /** No pause is exempt. */
    static final long NO_PAUSE = -1;

    private static final long POLL_MILLIS = 50;

    private final int maximum;
    private final int successesToGrow;
    private final LongSupplier nanoTime;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private int limit;
    private int inFlight;
    private int peak;
    private int successes;
    private long epoch;
    private long pausedUntil;
    private long pause = NO_PAUSE;

    /** @param nanoTime a monotonic clock in nanoseconds, {@code System::nanoTime} outside tests */
    AdaptiveLimit(int maximum, int successesToGrow, LongSupplier nanoTime) {
        if (maximum < 1 || successesToGrow < 1) {
            throw new IllegalArgumentException("A concurrency limit needs a maximum ≥ 1 and successesToGrow ≥ 1, got "
                    + maximum + " and " + successesToGrow);
        }
        this.maximum = maximum;
        this.successesToGrow = successesToGrow;
        this.nanoTime = nanoTime;
        this.limit = maximum;
        this.pausedUntil = nanoTime.getAsLong();
    }

    /**
     * Waits for a free slot and for the current pause to pass, unless it is {@code exemptPause} (the pause
     * the caller caused and has waited out already).
     */
    Permit acquire(long exemptPause) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (true) {
                long remaining = pausedUntil - nanoTime.getAsLong();
                if (remaining > 0 && pause != exemptPause) {
                    changed.await(Math.min(remaining, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)), TimeUnit.NANOSECONDS);
                } else if (inFlight >= limit) {
                    changed.await(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } else {
                    inFlight++;
                    peak = Math.max(peak, inFlight);
                    return new Permit(epoch);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** The call came back: one success more towards growing the limit. */
    void succeeded(Permit permit) {
        release(() -> {
            successes++;
            if (successes >= successesToGrow) {
                successes = 0;
                limit = Math.min(maximum, limit + 1);
            }
        }, false);
    }

    /**
     * The provider said 429: halve the limit (once per burst) and pause new calls for {@code retryAfter}.
     *
     * @return the pause this set, or {@link #NO_PAUSE} when an earlier pause lasts longer
     */
    long rateLimited(Permit permit, Duration retryAfter) {
        long[] set = {NO_PAUSE};
        release(() -> {
            successes = 0;
            if (permit.epoch() == epoch) {
                limit = Math.max(1, limit / 2);
                epoch++;
            }
            long until = nanoTime.getAsLong() + retryAfter.toNanos();
            if (until - pausedUntil > 0) {
                pausedUntil = until;
                set[0] = ++pause;
            }
        }, true);
        return set[0];
    }

    /** The call failed for another reason, which says nothing about load. */
    void failed(Permit permit) {
        release(() -> successes = 0, false);
    }

    int limit() {
        return locked(() -> limit);
    }

    int inFlight() {
        return locked(() -> inFlight);
    }

    /** The most calls that were ever in flight at once. */
    int peak() {
        return locked(() -> peak);
    }

    int maximum() {
        return maximum;
    }

    /**
     * Gives a slot back and wakes as many waiters as there are free slots now (every waiter when the pause
     * changed or while one is on). Waking one per free slot, not all, spares a run of hundreds of waiting calls
     * from waking them all on every reply, only for all but one to wait again.
     */
    private void release(Runnable update, boolean wakeAll) {
        lock.lock();
        try {
            inFlight--;
            update.run();
            if (wakeAll || pausedUntil - nanoTime.getAsLong() > 0) {
                // while a pause is on, a waiter that may not start yet would swallow a single wake-up meant for one
                // that may (the call that caused the pause): wake them all, as before pauses were rare
                changed.signalAll();
            } else {
                for (int free = limit - inFlight; free > 0; free--) {
                    changed.signal();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private int locked(IntSupplier read) {
        lock.lock();
        try {
            return read.getAsInt();
        } finally {
            lock.unlock();
        }
    }
}
