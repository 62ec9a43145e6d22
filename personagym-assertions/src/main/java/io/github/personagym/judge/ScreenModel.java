package io.github.personagym.judge;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The offline screen's model: a logistic regression from {@link ScreenFeatures} to the likelihood that an answer is
 * in character, fitted on labelled answers ({@link OfflineScreenFit}). Features are standardised by the training
 * set's mean and spread before the weights apply.
 */
record ScreenModel(List<String> features, double[] mean, double[] scale, double[] weights, double bias) {

    static final String RESOURCE = "offline-screen.properties";
    static final String CONTRASTED = "contrasted";
    static final String ALONE = "alone";
    /** Gradient descent: steps, step size and the L2 penalty. */
    static final int STEPS = 3000;
    static final double STEP = 0.1;
    static final double L2 = 1.0;

    ScreenModel {
        features = List.copyOf(features);
        if (mean.length != features.size() || scale.length != features.size() || weights.length != features.size()) {
            throw new IllegalArgumentException("A screen model needs one mean, scale and weight per feature");
        }
    }

    double likelihood(double[] x) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * (x[i] - mean[i]) / scale[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Fits a model by gradient descent on the logistic loss, both classes weighted alike. Deterministic: the same
     * rows give the same model.
     */
    static ScreenModel fit(List<String> features, List<double[]> rows, List<Boolean> inCharacter) {
        int n = rows.size();
        int d = features.size();
        long positives = inCharacter.stream().filter(b -> b).count();
        if (positives == 0 || positives == n) {
            throw new IllegalArgumentException("Fitting the offline screen needs in-character and broken answers");
        }
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (double[] row : rows) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (double[] row : rows) {
            for (int j = 0; j < d; j++) {
                scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            scale[j] = scale[j] > 0 ? Math.sqrt(scale[j]) : 1;
        }
        double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = (rows.get(i)[j] - mean[j]) / scale[j];
            }
        }
        double share = (double) positives / n;
        double[] w = new double[d];
        double b = 0;
        for (int step = 0; step < STEPS; step++) {
            double[] gradient = new double[d];
            double biasGradient = 0;
            for (int i = 0; i < n; i++) {
                double z = b;
                for (int j = 0; j < d; j++) {
                    z += w[j] * x[i][j];
                }
                boolean positive = inCharacter.get(i);
                double g = (1 / (1 + Math.exp(-z)) - (positive ? 1 : 0)) * (positive ? 0.5 / share : 0.5 / (1 - share));
                for (int j = 0; j < d; j++) {
                    gradient[j] += x[i][j] * g;
                }
                biasGradient += g;
            }
            for (int j = 0; j < d; j++) {
                w[j] -= STEP * (gradient[j] / n + L2 * w[j] / n);
            }
            b -= STEP * biasGradient / n;
        }
        return new ScreenModel(features, mean, scale, w, b);
    }

    /** The models of the resource file, by name ({@value #CONTRASTED}, {@value #ALONE}). */
    static Map<String, ScreenModel> read(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, ScreenModel> models = new LinkedHashMap<>();
        for (String name : List.of(CONTRASTED, ALONE)) {
            String features = properties.getProperty(name + ".features");
            if (features == null) {
                throw new IllegalStateException(RESOURCE + " has no model '" + name + "'");
            }
            try {
                models.put(name, new ScreenModel(List.of(features.split(",")), numbers(properties, name + ".mean"),
                        numbers(properties, name + ".scale"), numbers(properties, name + ".weights"),
                        Double.parseDouble(properties.getProperty(name + ".bias", ""))));
            } catch (IllegalArgumentException e) { // a number that does not read, or a count that does not match
                throw new IllegalStateException(RESOURCE + ": model '" + name + "' does not read (" + e.getMessage()
                        + "); refit it (docs/method.md)", e);
            }
        }
        return models;
    }

    static Map<String, ScreenModel> bundled() {
        try (InputStream in = ScreenModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a resource file holding {@code models}, each number written so that it reads back exactly. */
    static String write(Map<String, ScreenModel> models, String header) {
        StringBuilder out = new StringBuilder();
        header.lines().forEach(line -> out.append("# ").append(line).append('\n'));
        models.forEach((name, model) -> {
            out.append(name).append(".features=").append(String.join(",", model.features())).append('\n');
            out.append(name).append(".mean=").append(join(model.mean())).append('\n');
            out.append(name).append(".scale=").append(join(model.scale())).append('\n');
            out.append(name).append(".weights=").append(join(model.weights())).append('\n');
            out.append(name).append(".bias=").append(model.bias()).append('\n');
        });
        return out.toString();
    }

    /** The weights by feature name, rounded, for reading. */
    String describe() {
        return ScreenFeatures.named(features, weights).entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %+.2f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static double[] numbers(Properties properties, String key) {
        return Arrays.stream(properties.getProperty(key, "").split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    private static String join(double[] values) {
        return Arrays.stream(values).mapToObj(Double::toString).collect(Collectors.joining(","));
    }
}
