package io.github.personagym.judge;

import io.github.personagym.Persona;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * What the offline screen measures of one answer, as numbers: how much it sounds like the persona rather than the
 * run's other personas, an assistant with no persona, a rude or an evasive speaker (the voice features, each taken
 * relative to the persona's own score exemplars, so that a persona whose voice is close to an assistant's is not
 * marked down for it), and how close its content stands to its question's high and low score exemplars. The
 * {@link ScreenModel} turns them into the likelihood that the answer is in character.
 */
final class ScreenFeatures {

    static final int TOP_PROFILE = 2;
    static final int TOP_EXEMPLARS = 3;
    /** The features with other personas to contrast, in the order the model's weights follow. */
    static final List<String> CONTRASTED = List.of("own-exemplars", "own-profile", "assistant", "other-profile",
            "other-exemplars", "rude", "evasive", "high-exemplars", "low-exemplars", "nearest-exemplar", "spread",
            "log-words");
    /** The features when the persona is alone: no other persona to contrast with. */
    static final List<String> ALONE = CONTRASTED.stream()
            .filter(name -> !name.startsWith("other-")).toList();

    private record Voice(String name, List<float[]> profile, Map<ScoreExemplars, List<float[]>> high) {

        double profile(float[] x) {
            return OfflineEmbeddings.topMean(x, profile, TOP_PROFILE);
        }

        /** Closeness to the high-score exemplars of every question but {@code own}'s. */
        double exemplars(float[] x, Optional<ScoreExemplars> own) {
            List<float[]> others = new ArrayList<>();
            high.forEach((exemplars, vectors) -> {
                if (own.isEmpty() || !own.get().equals(exemplars)) {
                    others.addAll(vectors);
                }
            });
            return OfflineEmbeddings.topMean(x, others, TOP_EXEMPLARS);
        }
    }

    /** The banks of voices the screen contrasts with, written for this project. */
    record Banks(List<float[]> assistant, List<float[]> rude, List<float[]> evasive) {
    }

    private final Voice self;
    private final List<Voice> others;
    private final Banks banks;
    private final double[] centre;

    ScreenFeatures(OfflineEmbeddings embeddings, Persona persona, List<ScoreExemplars> suite,
                   Map<Persona, List<ScoreExemplars>> otherPersonas, Banks banks) {
        this.self = voice(embeddings, persona, suite);
        this.others = otherPersonas.entrySet().stream().filter(e -> !e.getKey().id().equals(persona.id()))
                .sorted(Comparator.comparing(e -> e.getKey().id()))
                .map(e -> voice(embeddings, e.getKey(), e.getValue())).toList();
        this.banks = banks;
        this.centre = centre(embeddings, suite);
    }

    boolean contrasted() {
        return !others.isEmpty();
    }

    int otherPersonas() {
        return others.size();
    }

    List<String> names() {
        return contrasted() ? CONTRASTED : ALONE;
    }

    /**
     * The features of an answer.
     *
     * @param x          the answer's embedding
     * @param own        its question's score exemplars
     * @param ownVectors their embeddings, score 1 to 5
     */
    double[] of(float[] x, String text, ScoreExemplars own, List<float[]> ownVectors) {
        double[] voice = voice(x, Optional.of(own));
        for (int i = 0; i < voice.length; i++) {
            voice[i] -= centre[i];
        }
        double[] content = IntStream.range(0, 5).mapToDouble(i -> OfflineEmbeddings.cosine(x, ownVectors.get(i))).toArray();
        double[] all = Arrays.copyOf(voice, voice.length + 5);
        all[voice.length] = (content[3] + content[4]) / 2;
        all[voice.length + 1] = (content[0] + content[1]) / 2;
        all[voice.length + 2] = Arrays.stream(content).max().orElse(0);
        all[voice.length + 3] = content[4] - content[0];
        all[voice.length + 4] = Math.log(Math.max(1, text.strip().split("\\s+").length));
        return all;
    }

    /** The other persona a text sounds more like than this one, if any does. */
    Optional<String> closerPersona(float[] x) {
        double own = self.profile(x);
        return others.stream().filter(o -> o.profile(x) > own).max(Comparator.comparingDouble(o -> o.profile(x)))
                .map(Voice::name);
    }

    private double[] voice(float[] x, Optional<ScoreExemplars> own) {
        List<Double> values = new ArrayList<>(List.of(self.exemplars(x, own), self.profile(x),
                OfflineEmbeddings.topMean(x, banks.assistant(), TOP_PROFILE)));
        if (contrasted()) {
            values.add(others.stream().mapToDouble(o -> o.profile(x)).max().orElseThrow());
            values.add(others.stream().mapToDouble(o -> o.exemplars(x, Optional.empty())).max().orElseThrow());
        }
        values.add(OfflineEmbeddings.topMean(x, banks.rude(), TOP_PROFILE));
        values.add(OfflineEmbeddings.topMean(x, banks.evasive(), TOP_PROFILE));
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The persona's own level: the mean voice of every score exemplar of its suite, each left out of its own question. */
    private double[] centre(OfflineEmbeddings embeddings, List<ScoreExemplars> suite) {
        double[] sum = null;
        int n = 0;
        for (ScoreExemplars exemplars : suite.stream().distinct().toList()) {
            for (float[] vector : embeddings.remembered(exemplars.byScore().stream().map(String::strip).toList())) {
                double[] v = voice(vector, Optional.of(exemplars));
                if (sum == null) {
                    sum = new double[v.length];
                }
                for (int i = 0; i < v.length; i++) {
                    sum[i] += v[i];
                }
                n++;
            }
        }
        if (sum == null) {
            return new double[contrasted() ? 7 : 5];
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= n;
        }
        return sum;
    }

    static Map<String, Double> named(List<String> names, double[] values) {
        Map<String, Double> named = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            named.put(names.get(i), values[i]);
        }
        return named;
    }

    static List<String> sentences(String text) {
        return Arrays.stream(text.split("(?<=[.!?])\\s+|\\R")).map(String::strip).filter(s -> s.length() > 3).toList();
    }

    private static Voice voice(OfflineEmbeddings embeddings, Persona persona, List<ScoreExemplars> suite) {
        Map<ScoreExemplars, List<float[]>> high = new LinkedHashMap<>();
        suite.stream().distinct().forEach(exemplars -> high.put(exemplars,
                embeddings.remembered(List.of(exemplars.forScore(4), exemplars.forScore(5)))));
        return new Voice(persona.displayName(), embeddings.remembered(sentences(persona.profile())), high);
    }
}
