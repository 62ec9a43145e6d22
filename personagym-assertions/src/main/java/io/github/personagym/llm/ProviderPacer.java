package io.github.personagym.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Holds calls to one provider before its limits are hit, as the provider's own limit headers tell
 * ({@link LimitReport}): every reply updates a picture of each limit ({@link LimitMirror}), and a call starts
 * only when every limit has room for it (a request, and its prompt's tokens), else waits for the refill.
 * Calls are paced in the order they ask. A wait longer than a run waits ({@code maxWait}) is not held: the
 * call goes, and the provider's answer decides (see {@link ProviderCircuit}). Shared by every model of the
 * provider, like its {@link AdaptiveLimit}; so is the provider's HTTP client ({@link #httpClient}).
 */
final class ProviderPacer {

    /** A pacer that never holds a call and reads nothing: for clients built outside {@link ModelAccess}. */
    static final ProviderPacer NONE = new ProviderPacer(duration -> {
        throw new IllegalStateException("the unpaced pacer never holds a call, yet was asked to wait " + duration);
    }, Clock.systemUTC(), Duration.ZERO);

    /** A call that may start: its number, and the prompt tokens of all calls started up to it. */
    record Ticket(long number, long promptTokensThen) {
    }

    private final Sleeper sleeper;
    private final Clock clock;
    private final Duration maxWait;
    private final Map<String, LimitMirror> limits = new HashMap<>();
    private final Map<Duration, java.net.http.HttpClient> clients = new java.util.concurrent.ConcurrentHashMap<>();
    private long started;
    private long promptTokensStarted;

    ProviderPacer(Sleeper sleeper, Clock clock, Duration maxWait) {
        this.sleeper = sleeper;
        this.clock = clock;
        this.maxWait = maxWait;
    }

    /**
     * The JDK HTTP client every model of this provider in the run shares, one per connect timeout: a JDK client is
     * made to be shared (each holds a selector thread, a thread pool and a pool of connections), and a client per
     * model kept several pools of connections to the same server (measured in docs/performance.md). It lives as long
     * as the run's {@link ModelAccess}, so connections are not carried from one run to the next.
     */
    java.net.http.HttpClient httpClient(Duration connectTimeout) {
        return clients.computeIfAbsent(connectTimeout, timeout -> java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build());
    }

    /**
     * Waits until the provider's limits, as last reported, have room for one request of about
     * {@code promptTokens} tokens, and takes that room.
     */
    Ticket hold(long promptTokens) throws InterruptedException {
        if (this == NONE) {
            return new Ticket(0, 0);
        }
        Ticket ticket;
        long wait = 0;
        synchronized (this) {
            long now = nanos(clock.instant());
            for (Map.Entry<String, LimitMirror> limit : limits.entrySet()) {
                wait = Math.max(wait, limit.getValue().take(cost(limit.getKey(), 1, promptTokens), now));
            }
            promptTokensStarted += promptTokens;
            ticket = new Ticket(++started, promptTokensStarted);
        }
        if (wait > 0 && wait <= maxWait.toNanos()) {
            sleeper.sleep(Duration.ofNanos(wait));
        }
        return ticket;
    }

    /** What the reply to the call of {@code ticket} says about the limits, read with {@code header}. */
    void observe(Ticket ticket, Function<String, Optional<String>> header) {
        if (this == NONE) {
            return;
        }
        Instant now = clock.instant();
        List<LimitReport> reports = LimitReport.from(header, now);
        synchronized (this) {
            for (LimitReport report : reports) {
                double since = cost(report.kind(), started - ticket.number(), promptTokensStarted - ticket.promptTokensThen());
                limits.computeIfAbsent(report.kind(), kind -> new LimitMirror())
                        .report(ticket.number(), since, report, nanos(now));
            }
        }
    }

    /** What calls cost a limit: one each for requests; their prompts' tokens; output tokens are not known before. */
    private static double cost(String kind, long requests, long promptTokens) {
        return switch (kind) {
            case LimitReport.REQUESTS -> requests;
            case "output-tokens" -> 0;
            default -> promptTokens;
        };
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
