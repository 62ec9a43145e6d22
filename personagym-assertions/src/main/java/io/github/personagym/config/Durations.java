package io.github.personagym.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Durations of configuration keys: seconds ({@code 90}, {@code 0.5}) or ISO-8601 ({@code PT2M}), always positive. */
@API(status = INTERNAL, since = "0.1")
public final class Durations {

    private Durations() {
    }

    /** The duration {@code key} sets, else {@code otherwise}. */
    public static Duration of(Configuration configuration, String key, Duration otherwise) {
        return configuration.get(key).map(value -> parse(key, value)).orElse(otherwise);
    }

    public static Duration parse(String key, String value) {
        String trimmed = value.trim();
        Duration duration;
        try {
            duration = trimmed.matches("\\d+(\\.\\d+)?")
                    ? Duration.ofMillis(Math.round(Double.parseDouble(trimmed) * 1000))
                    : Duration.parse(trimmed);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Configuration key " + key
                    + " must be seconds or an ISO-8601 duration such as PT90S, got '" + value + "'", e);
        }
        if (duration.isNegative() || duration.toMillis() < 1) {
            throw new IllegalArgumentException("Configuration key " + key
                    + " must be a positive duration (seconds, or ISO-8601 such as PT90S), got '" + value + "'");
        }
        return duration;
    }

    /** {@code 2m 5s}, {@code 45s}, {@code 0.5s}: as people write it. */
    public static String human(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds == 0) {
            return String.format(Locale.ROOT, "%.1fs", duration.toMillis() / 1000.0);
        }
        return seconds >= 60 ? (seconds / 60) + "m" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + "s")
                : seconds + "s";
    }
}
