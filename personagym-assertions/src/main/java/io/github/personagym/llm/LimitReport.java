package io.github.personagym.llm;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one reply says about one of the provider's limits: how many requests (or tokens) the limit allows, how
 * many are left, and how long until it is full again. Read from OpenAI's {@code x-ratelimit-limit-requests},
 * {@code x-ratelimit-remaining-requests}, {@code x-ratelimit-reset-requests} (a duration such as {@code 1s},
 * {@code 350ms} or {@code 6m0s}) and their {@code -tokens} variants, and from Anthropic's
 * {@code anthropic-ratelimit-requests-limit}, {@code -remaining} and {@code -reset} (an RFC 3339 time) and
 * their {@code tokens}, {@code input-tokens} and {@code output-tokens} variants.
 *
 * @param kind what the limit counts: {@code requests}, {@code tokens}, {@code input-tokens} or {@code output-tokens}
 */
record LimitReport(String kind, long limit, long remaining, Duration untilFull) {

    static final String REQUESTS = "requests";

    private static final List<String> OPENAI_KINDS = List.of(REQUESTS, "tokens");
    private static final List<String> ANTHROPIC_KINDS = List.of(REQUESTS, "tokens", "input-tokens", "output-tokens");
    private static final Pattern GO_DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");

    /**
     * Every limit the reply's headers report in full (limit, remaining and reset all readable), looked up by
     * name, case-insensitively, with {@code header}; {@code now} turns Anthropic's reset times into waits.
     */
    static List<LimitReport> from(Function<String, Optional<String>> header, Instant now) {
        List<LimitReport> reports = new ArrayList<>();
        for (String kind : OPENAI_KINDS) {
            read(kind, header.apply("x-ratelimit-limit-" + kind), header.apply("x-ratelimit-remaining-" + kind),
                    header.apply("x-ratelimit-reset-" + kind).flatMap(LimitReport::goDuration)).ifPresent(reports::add);
        }
        for (String kind : ANTHROPIC_KINDS) {
            String prefix = "anthropic-ratelimit-" + kind + "-";
            read(kind, header.apply(prefix + "limit"), header.apply(prefix + "remaining"),
                    header.apply(prefix + "reset").flatMap(value -> until(value, now))).ifPresent(reports::add);
        }
        return reports;
    }

    private static Optional<LimitReport> read(String kind, Optional<String> limit, Optional<String> remaining,
            Optional<Duration> untilFull) {
        OptionalLong max = number(limit);
        OptionalLong left = number(remaining);
        if (max.isEmpty() || left.isEmpty() || untilFull.isEmpty() || max.getAsLong() < 1) {
            return Optional.empty();
        }
        return Optional.of(new LimitReport(kind, max.getAsLong(), Math.min(left.getAsLong(), max.getAsLong()),
                untilFull.get()));
    }

    private static OptionalLong number(Optional<String> value) {
        if (value.isEmpty() || !value.get().strip().matches("\\d{1,18}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(value.get().strip()));
    }

    /** {@code 1s}, {@code 350ms}, {@code 6m0s}, {@code 1h2m3.5s}: a Go duration, as OpenAI writes its resets. */
    static Optional<Duration> goDuration(String value) {
        String text = value.strip();
        Matcher part = GO_DURATION_PART.matcher(text);
        long nanos = 0;
        int end = 0;
        while (part.find() && part.start() == end) {
            double amount = Double.parseDouble(part.group(1));
            nanos += Math.round(amount * switch (part.group(2)) {
                case "h" -> 3.6e12;
                case "m" -> 6e10;
                case "s" -> 1e9;
                case "ms" -> 1e6;
                case "us", "µs" -> 1e3;
                default -> 1;
            });
            end = part.end();
        }
        return end == text.length() && end > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
    }

    private static Optional<Duration> until(String rfc3339, Instant now) {
        try {
            Duration wait = Duration.between(now, OffsetDateTime.parse(rfc3339.strip()).toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
