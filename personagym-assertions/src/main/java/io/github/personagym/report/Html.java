package io.github.personagym.report;

import java.util.Locale;

/** Escaping for the HTML report: every text that came from a persona, an agent or a judge goes through here. */
final class Html {

    private Html() {
    }

    /** Text safe in element content and in quoted attribute values. */
    static String text(String raw) {
        if (raw == null) {
            return "";
        }
        var out = new StringBuilder(raw.length() + 16);
        raw.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        out.append("&#xFFFD;");
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    static String number(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }

    static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** CSS class of a 1–5 score: s1 … s5 by rounding, na when absent. */
    static String scoreClass(Double score) {
        return score == null ? "na" : "s" + bin(score);
    }

    /** The histogram bin of a question score: the nearest whole score, halves rounded up. */
    static int bin(double score) {
        return (int) Math.max(1, Math.min(5, Math.floor(score + 0.5)));
    }
}
