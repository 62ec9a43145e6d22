package io.github.personagym.llm;

import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.Configuration;
import io.github.personagym.config.Durations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before the next attempt: exponential backoff with jitter, or exactly what the server's
 * {@code Retry-After} asks (seconds or an HTTP date) when it says, up to {@code maxWait}
 * ({@value ConfigKeys#RETRY_MAX_WAIT}).
 */
record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxWait) {

    static final int DEFAULT_MAX_ATTEMPTS = ConfigKeys.DEFAULT_MAX_ATTEMPTS;

    RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException(ConfigKeys.MAX_ATTEMPTS + " must be at least 1, got " + maxAttempts);
        }
    }

    static RetryPolicy from(Configuration configuration) {
        return new RetryPolicy(configuration.getInt(ConfigKeys.MAX_ATTEMPTS, DEFAULT_MAX_ATTEMPTS),
                Duration.ofSeconds(1), Duration.ofSeconds(30),
                Durations.of(configuration, ConfigKeys.RETRY_MAX_WAIT, ConfigKeys.DEFAULT_RETRY_MAX_WAIT));
    }

    /** The backoff after failed attempt number {@code attempt} (1-based): doubling, capped, times 0.5–1.0. */
    Duration backoff(int attempt, DoubleSupplier random) {
        long doubled = initialBackoff.toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(doubled, maxBackoff.toMillis());
        return Duration.ofMillis(Math.round(capped * (0.5 + 0.5 * random.getAsDouble())));
    }

    /** Whether the server asked for a longer wait than a run waits. */
    boolean tooLong(Duration asked) {
        return asked.compareTo(maxWait) > 0;
    }

    /** The wait a {@code Retry-After} value asks for, if it can be read. */
    static Optional<Duration> retryAfter(String value, Clock clock) {
        String trimmed = value.trim();
        if (trimmed.matches("\\d+")) {
            // more than nine digits is over 30 years: read it as "very long", never as a parse failure
            return Optional.of(Duration.ofSeconds(trimmed.length() > 9 ? 999_999_999L : Long.parseLong(trimmed)));
        }
        try {
            Instant until = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(clock.instant(), until);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
