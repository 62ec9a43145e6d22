package io.github.personagym.report;

import io.github.personagym.config.ConfigKeys;
import io.github.personagym.llm.UsageMeter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The model usage lines printed under the summary table: calls, replays and tokens per model, and their
 * cost when the price table ({@value ConfigKeys#PRICES}) names the model.
 */
final class UsageLines {

    private UsageLines() {
    }

    /**
     * Reads a price table: {@code spec=prompt/completion} entries separated by {@code ;} or {@code ,}, in
     * US dollars per million tokens, e.g. {@code openai:gpt-4o-mini=0.15/0.60}.
     */
    static Map<String, double[]> prices(Optional<String> table) {
        Map<String, double[]> prices = new LinkedHashMap<>();
        if (table.isEmpty()) {
            return prices;
        }
        for (String entry : table.get().split("[;,]")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] specAndPrices = entry.split("=", 2);
            String[] perMillion = specAndPrices.length == 2 ? specAndPrices[1].split("/") : new String[0];
            if (perMillion.length != 2) {
                throw new IllegalArgumentException(ConfigKeys.PRICES + ": '" + entry.strip() + "' is not "
                        + "spec=prompt/completion (US dollars per million tokens), e.g. openai:gpt-4o-mini=0.15/0.60");
            }
            try {
                prices.put(specAndPrices[0].strip(), new double[] {Double.parseDouble(perMillion[0].strip()),
                        Double.parseDouble(perMillion[1].strip())});
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(ConfigKeys.PRICES + ": '" + entry.strip() + "' has a price "
                        + "that is not a number", e);
            }
        }
        return prices;
    }

    static String render(Map<String, UsageMeter.Usage> usage, Map<String, double[]> prices) {
        if (usage.isEmpty()) {
            return "";
        }
        var text = new StringBuilder("Model usage\n");
        double total = 0;
        boolean priced = false;
        for (var entry : usage.entrySet()) {
            UsageMeter.Usage u = entry.getValue();
            text.append(String.format(Locale.ROOT, "  %s: %d calls, %d replays, %d prompt + %d completion tokens",
                    entry.getKey(), u.calls(), u.replays(), u.promptTokens(), u.completionTokens()));
            double[] price = prices.get(entry.getKey());
            if (price != null) {
                double cost = (u.promptTokens() * price[0] + u.completionTokens() * price[1]) / 1_000_000;
                text.append(String.format(Locale.ROOT, ", $%.4f", cost));
                total += cost;
                priced = true;
            }
            text.append('\n');
        }
        if (priced) {
            text.append(String.format(Locale.ROOT, "  cost of the priced models: $%.4f%n", total));
        }
        return text.toString();
    }
}
