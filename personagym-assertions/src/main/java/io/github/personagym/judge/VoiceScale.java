package io.github.personagym.judge;

import io.github.personagym.Persona;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How much a text sounds like one persona rather than the others of the run or an assistant with no persona. A
 * text's voice is its closeness to the persona's profile and to the high-score exemplars of the persona's other
 * questions, less its closeness to an assistant voice and to the other personas (their profiles and high-score
 * exemplars), plus its closeness to the high-score exemplars of its own question. Every term is computed alike for
 * answers and for the suite's exemplars, so an answer is placed among its question's five exemplars on one scale,
 * with no answer data needed to calibrate it.
 */
final class VoiceScale {

    static final int TOP_PROFILE = 2;
    static final int TOP_EXEMPLARS = 3;

    private record Voice(String name, List<float[]> profile, Map<ScoreExemplars, List<float[]>> high) {

        /** Closeness to this voice: profile and high-score exemplars, those of {@code own} left out. */
        double profile(float[] x) {
            return OfflineEmbeddings.topMean(x, profile, TOP_PROFILE);
        }

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

    private final Voice self;
    private final List<Voice> others;
    private final List<float[]> assistant;

    VoiceScale(OfflineEmbeddings embeddings, Persona persona, List<ScoreExemplars> suite,
               Map<Persona, List<ScoreExemplars>> otherPersonas, List<float[]> assistant) {
        this.self = voice(embeddings, persona, suite);
        this.others = otherPersonas.entrySet().stream().filter(e -> !e.getKey().id().equals(persona.id()))
                .sorted(Comparator.comparing(e -> e.getKey().id()))
                .map(e -> voice(embeddings, e.getKey(), e.getValue())).toList();
        this.assistant = assistant;
    }

    private static Voice voice(OfflineEmbeddings embeddings, Persona persona, List<ScoreExemplars> suite) {
        Map<ScoreExemplars, List<float[]>> high = new LinkedHashMap<>();
        suite.stream().distinct().forEach(exemplars -> high.put(exemplars,
                embeddings.remembered(List.of(exemplars.forScore(4), exemplars.forScore(5)))));
        return new Voice(persona.displayName(), embeddings.remembered(sentences(persona.profile())), high);
    }

    /** The voice of a text answering the question of {@code own}, whose closeness to its high exemplars is {@code local}. */
    double voice(float[] x, Optional<ScoreExemplars> own, double local) {
        return self.exemplars(x, own) + self.profile(x) - OfflineEmbeddings.topMean(x, assistant, TOP_PROFILE)
                - others.stream().mapToDouble(o -> o.profile(x)).max().orElse(0)
                - others.stream().mapToDouble(o -> o.exemplars(x, Optional.empty())).max().orElse(0)
                + local;
    }

    /** The other persona a text sounds more like than this one, if any does. */
    Optional<String> closerPersona(float[] x) {
        double own = self.profile(x);
        return others.stream().filter(o -> o.profile(x) > own).max(Comparator.comparingDouble(o -> o.profile(x)))
                .map(Voice::name);
    }

    int otherPersonas() {
        return others.size();
    }

    static List<String> sentences(String text) {
        return Arrays.stream(text.split("(?<=[.!?])\\s+|\\R")).map(String::strip).filter(s -> s.length() > 3).toList();
    }
}
