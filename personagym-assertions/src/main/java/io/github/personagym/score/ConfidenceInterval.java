package io.github.personagym.score;

/** A 95% confidence interval on the 1–5 scale. */
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
