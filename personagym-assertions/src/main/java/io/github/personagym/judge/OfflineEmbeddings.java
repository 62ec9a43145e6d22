package io.github.personagym.judge;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The offline judge's sentence embeddings: one in-process model, texts of the suites and personas remembered for
 * the run (answers are not: each is embedded once anyway).
 */
final class OfflineEmbeddings {

    private final EmbeddingModel model;
    private final String name;
    private final String prefix;
    private final Map<String, float[]> remembered = new ConcurrentHashMap<>();

    /**
     * @param prefix what the model expects before a text compared with another of its kind (e5: {@code "query: "})
     */
    OfflineEmbeddings(EmbeddingModel model, String name, String prefix) {
        this.model = model;
        this.name = name;
        this.prefix = prefix;
    }

    String name() {
        return name;
    }

    /** The embedding of a suite or persona text, remembered. */
    float[] remembered(String text) {
        float[] known = remembered.get(text);
        if (known != null) {
            return known;
        }
        float[] made = once(text);
        remembered.put(text, made);
        return made;
    }

    List<float[]> remembered(List<String> texts) {
        List<String> missing = texts.stream().filter(t -> !remembered.containsKey(t)).distinct().toList();
        if (!missing.isEmpty()) {
            var embedded = model.embedAll(missing.stream().map(t -> TextSegment.from(prefix + t)).toList()).content();
            for (int i = 0; i < missing.size(); i++) {
                remembered.put(missing.get(i), embedded.get(i).vector());
            }
        }
        List<float[]> out = new ArrayList<>(texts.size());
        texts.forEach(t -> out.add(remembered.get(t)));
        return out;
    }

    /** The embedding of a text seen once (an answer). */
    float[] once(String text) {
        return model.embed(prefix + text).content().vector();
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }

    /** The mean of the {@code k} highest similarities of {@code x} to {@code others}; 0 without others. */
    static double topMean(float[] x, List<float[]> others, int k) {
        return others.stream().mapToDouble(o -> cosine(x, o)).boxed()
                .sorted((a, b) -> Double.compare(b, a)).limit(k).mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
