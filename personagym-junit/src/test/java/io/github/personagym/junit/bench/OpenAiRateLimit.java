package io.github.personagym.junit.bench;

import com.sun.net.httpserver.Headers;
import java.time.Duration;
import java.util.Locale;

/**
 * A request limit as OpenAI enforces and reports it: a bucket of {@code perSecond} requests, refilled
 * continuously, that a request must take one from or be refused with 429 and {@code retry-after-ms}; every
 * reply says {@code x-ratelimit-limit-requests}, {@code x-ratelimit-remaining-requests} and
 * {@code x-ratelimit-reset-requests} (the time until the bucket is full again, written as OpenAI writes it:
 * {@code 350ms}, {@code 1.25s}), and the same for tokens (a limit large enough never to bind here).
 */
final class OpenAiRateLimit {

    /** What the limit decided for one request, and the headers that say so. */
    record Decision(boolean accepted, long retryAfterMillis) {
    }

    private static final long TOKEN_LIMIT = 10_000_000;

    private final int perSecond;
    private final long started = System.nanoTime();
    private double requests;
    private double tokens = TOKEN_LIMIT;
    private long updated = started;

    OpenAiRateLimit(int perSecond) {
        this.perSecond = perSecond;
        this.requests = perSecond;
    }

    int perSecond() {
        return perSecond;
    }

    /** Takes one request (and {@code promptTokens}) from the buckets if it can, and adds the headers to the reply. */
    synchronized Decision take(long promptTokens, Headers reply) {
        long now = System.nanoTime();
        double seconds = (now - updated) / 1e9;
        updated = now;
        requests = Math.min(perSecond, requests + seconds * perSecond);
        tokens = Math.min(TOKEN_LIMIT, tokens + seconds * TOKEN_LIMIT / 60.0);
        Decision decision;
        if (requests >= 1) {
            requests -= 1;
            tokens = Math.max(0, tokens - promptTokens);
            decision = new Decision(true, 0);
        } else {
            decision = new Decision(false, (long) Math.ceil((1 - requests) * 1000.0 / perSecond));
        }
        reply.add("x-ratelimit-limit-requests", Integer.toString(perSecond));
        reply.add("x-ratelimit-remaining-requests", Long.toString((long) Math.floor(requests)));
        reply.add("x-ratelimit-reset-requests", openAiDuration(Duration.ofNanos(
                (long) ((perSecond - requests) / perSecond * 1e9))));
        reply.add("x-ratelimit-limit-tokens", Long.toString(TOKEN_LIMIT));
        reply.add("x-ratelimit-remaining-tokens", Long.toString((long) Math.floor(tokens)));
        reply.add("x-ratelimit-reset-tokens", openAiDuration(Duration.ofNanos(
                (long) ((TOKEN_LIMIT - tokens) / (TOKEN_LIMIT / 60.0) * 1e9))));
        if (!decision.accepted()) {
            reply.add("retry-after-ms", Long.toString(decision.retryAfterMillis()));
        }
        return decision;
    }

    /** {@code 0s}, {@code 350ms}, {@code 1.25s}, {@code 6m0s}: how OpenAI writes its reset times. */
    static String openAiDuration(Duration duration) {
        long millis = duration.toMillis();
        if (millis == 0) {
            return "0s";
        }
        if (millis < 1000) {
            return millis + "ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.3fs", millis / 1000.0).replaceAll("\\.?0+s$", "s");
        }
        return millis / 60_000 + "m" + String.format(Locale.ROOT, "%.3fs", millis % 60_000 / 1000.0)
                .replaceAll("\\.?0+s$", "s");
    }
}
