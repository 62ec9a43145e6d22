package io.github.personagym.llm;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one place that says what a secret looks like in text: the values the run knows as keys, and anything
 * shaped like a provider key ({@code sk-…}, {@code sk-proj-…}, {@code sk-ant-…}, Google's {@code AIza…}) or a
 * bearer token.
 */
record Secrets(List<String> values) {

    /** Values shorter than this are no real key, and hiding a placeholder such as {@code test} would mangle words. */
    static final int SHORTEST = 8;

    private static final Pattern KEY_SHAPED = Pattern.compile(
            "\\b(?:sk-(?:ant-|proj-)?[A-Za-z0-9][-_A-Za-z0-9]{15,}|AIza[-_A-Za-z0-9]{30,})");
    // a token has a digit in it, so that "bearer responsibilities" and "the ring bearer extraordinaire." stay as they are
    private static final Pattern BEARER = Pattern.compile(
            "(?i)\\b(bearer\\s+)(?=[-A-Za-z._~+/]*[0-9])[-A-Za-z0-9._~+/]{12,}=*");
    private static final String HIDDEN = "[redacted]";

    Secrets {
        // the longest first, so that a key that holds another is hidden whole
        values = values.stream().filter(Objects::nonNull).map(String::strip).filter(value -> value.length() >= SHORTEST)
                .distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    static Secrets none() {
        return new Secrets(List.of());
    }

    String redact(String text) {
        if (text == null) {
            return "";
        }
        String redacted = text;
        for (String value : values) {
            redacted = redacted.replace(value, HIDDEN);
        }
        // the patterns only where they can match: every model call's recording passes through here
        if (redacted.contains("sk-") || redacted.contains("AIza")) {
            redacted = KEY_SHAPED.matcher(redacted).replaceAll(HIDDEN);
        }
        return mayHoldBearer(redacted) ? BEARER.matcher(redacted).replaceAll("$1" + HIDDEN) : redacted;
    }

    /** Whether "bearer", in any case, occurs in the text (a copy in lower case is cheaper than the pattern's scan). */
    private static boolean mayHoldBearer(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).contains("bearer");
    }

    /** Whether a secret appears anywhere in the messages of {@code error} and its causes. */
    boolean appearIn(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && !redact(message).equals(message)) {
                return true;
            }
        }
        return false;
    }
}
