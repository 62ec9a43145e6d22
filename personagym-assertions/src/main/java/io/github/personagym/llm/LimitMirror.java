package io.github.personagym.llm;

/**
 * Our side's picture of one limit the provider reports (see {@link LimitReport}), as a bucket that refills
 * continuously, which is how OpenAI and Anthropic describe their limits: {@code remaining} now, full again
 * after the reported reset, so refilling at (limit − remaining) ÷ reset. Each call takes its cost from the
 * bucket when it starts; when there is not enough, it takes it anyway (the level goes below zero, a queue)
 * and is told how long to wait for the refill. Each report sets the level to what the provider says was left
 * after that call, less what the calls started since have taken. Not thread-safe: {@link ProviderPacer}
 * guards it.
 */
final class LimitMirror {

    private boolean known;
    private long limit;
    private double level;
    private long asOf;
    private double perNano;
    private long reportedTicket = -1;

    /**
     * Takes {@code cost} for a call starting at {@code now} (nanoseconds).
     *
     * @return how long the call must wait for it, in nanoseconds; 0 when there is enough, or nothing is known
     */
    long take(double cost, long now) {
        if (!known) {
            return 0;
        }
        refill(now);
        double missing = cost - level;
        level -= cost;
        if (missing <= 0 || perNano <= 0) {
            return 0;
        }
        return (long) Math.ceil(missing / perNano);
    }

    /**
     * The provider's report on the call numbered {@code ticket}, after which calls costing {@code spentSince}
     * have started; reports on calls older than one already heard are ignored.
     */
    void report(long ticket, double spentSince, LimitReport report, long now) {
        if (ticket <= reportedTicket) {
            return;
        }
        reportedTicket = ticket;
        known = true;
        limit = report.limit();
        level = report.remaining() - spentSince;
        asOf = now;
        long untilFull = report.untilFull().toNanos();
        if (report.remaining() < report.limit() && untilFull > 0) {
            perNano = (report.limit() - report.remaining()) / (double) untilFull;
        }
    }

    private void refill(long now) {
        if (now > asOf) {
            level = Math.min(limit, level + perNano * (now - asOf));
            asOf = now;
        }
    }
}
