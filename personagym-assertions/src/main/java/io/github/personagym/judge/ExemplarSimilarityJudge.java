package io.github.personagym.judge;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.github.personagym.Persona;
import io.github.personagym.Task;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The offline judge: no provider, no network, no cost. It embeds the answer and the question's five score
 * exemplars with the in-process all-MiniLM-L6-v2 model (quantized) and gives the score of the exemplar the
 * answer is most similar to (cosine similarity), which is what the rubric asks an LLM judge to do.
 *
 * <p>It is an approximation of an LLM judge, not a substitute: it measures closeness of wording and topic,
 * not whether an action fits a setting, so it sees an answer's style far better than its substance. The
 * score is the nearest exemplar's, not a similarity-weighted mean: the rubric asks for the exemplar the
 * answer most resembles, and with similarities that sit close together a weighted mean drifts towards 3
 * for every answer. Ties go to the lower score. Same input, same verdict.
 */
public final class ExemplarSimilarityJudge implements Judge {

    public static final String ID = "offline";

    static final String NEEDS_EXEMPLARS = "offline judge needs score exemplars";

    /** Loaded on first use and shared: the model takes seconds to load and tens of megabytes to hold. */
    private static final class SharedModel {
        static final EmbeddingModel INSTANCE = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Verdict> judge(Persona persona, Task task, List<Answer> answers) {
        return answers.stream().map(this::judgeOne).toList();
    }

    private Verdict judgeOne(Answer answer) {
        if (answer.text().isBlank()) {
            return Verdict.error(ID, LlmRubricJudge.NO_ANSWER);
        }
        if (answer.exemplars().isEmpty()) {
            return Verdict.error(ID, NEEDS_EXEMPLARS);
        }
        var texts = new ArrayList<TextSegment>();
        texts.add(TextSegment.from(answer.text().strip()));
        answer.exemplars().get().byScore().forEach(exemplar -> texts.add(TextSegment.from(exemplar.strip())));
        List<Embedding> embeddings;
        try {
            embeddings = SharedModel.INSTANCE.embedAll(texts).content();
        } catch (RuntimeException | LinkageError e) {
            // the in-process model could not load or run (e.g. no native ONNX runtime for this platform)
            return Verdict.error(ID, "the offline judge's embedding model failed: " + e);
        }
        double[] similarity = new double[Task.MAX_SCORE + 1];
        for (int score = Task.MIN_SCORE; score <= Task.MAX_SCORE; score++) {
            similarity[score] = cosine(embeddings.get(0).vector(), embeddings.get(score).vector());
        }
        int best = IntStream.rangeClosed(Task.MIN_SCORE, Task.MAX_SCORE).boxed()
                .max(Comparator.<Integer>comparingDouble(score -> similarity[score])
                        .thenComparing(Comparator.reverseOrder()))
                .orElseThrow();
        return Verdict.scored(ID, best, reasoning(best, similarity));
    }

    private static String reasoning(int best, double[] similarity) {
        var others = new StringBuilder();
        IntStream.rangeClosed(Task.MIN_SCORE, Task.MAX_SCORE).boxed()
                .filter(score -> score != best)
                .sorted(Comparator.<Integer>comparingDouble(score -> similarity[score]).reversed())
                .forEach(score -> others.append(others.isEmpty() ? "" : ", ")
                        .append(String.format(Locale.ROOT, "%d: %.2f", score, similarity[score])));
        return String.format(Locale.ROOT, "Closest to the score-%d exemplar (cos %.2f); %s. Offline approximation "
                + "of an LLM judge: embedding similarity to the score exemplars (all-MiniLM-L6-v2), which "
                + "reflects wording and topic more than substance.", best, similarity[best], others);
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
}
