package io.github.personagym.score;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** A 95% confidence interval, on the scale of what it bounds (1–5 for rubric scores, 0–1 for ROUGE-L and accuracy). */
@API(status = EXPERIMENTAL, since = "0.1")
public record ConfidenceInterval(double low, double high) {

    public ConfidenceInterval {
        if (Double.isNaN(low) || Double.isNaN(high) || low > high) {
            throw new IllegalArgumentException("Not an interval: [" + low + ", " + high + "]");
        }
    }

    public boolean contains(double value) {
        return value >= low && value <= high;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "[%.2f, %.2f]", low, high);
    }
}
