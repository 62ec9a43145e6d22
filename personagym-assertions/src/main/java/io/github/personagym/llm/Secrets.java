package io.github.personagym.llm;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Keeps API keys out of messages: the configured keys, and anything shaped like a bearer key. */
record Secrets(List<String> values) {

    private static final Pattern KEY_SHAPED = Pattern.compile("\\b(?:sk-(?:ant-|proj-)?[A-Za-z0-9][-_A-Za-z0-9]{15,}|AIza[-_A-Za-z0-9]{30,})");
    private static final String HIDDEN = "[redacted]";

    Secrets {
        values = values.stream().filter(Objects::nonNull).filter(value -> value.length() >= 4).toList();
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
        return KEY_SHAPED.matcher(redacted).replaceAll(HIDDEN);
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
