package io.github.personagym.judge;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import io.github.personagym.Persona;
import io.github.personagym.Task;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The offline judge: an <em>offline screen</em> with no provider, no network and no cost. It tells an answer in
 * the persona's voice from the common breaks, and abstains where it cannot tell. For each answer, in order:
 * <ol>
 * <li>cheap rules ({@link AnswerRules}): an answer that speaks as an AI, insults the person it answers, has fewer
 * than four words or evades the question scores 1 (a single insult, 2), in every task;</li>
 * <li>a voice scale ({@link VoiceScale}, embeddings of the in-process e5-small-v2 model): how much the answer sounds
 * like this persona rather than the run's other personas or an assistant with no persona, placed among its
 * question's five score exemplars measured the same way;</li>
 * <li>the nearest exemplar by content (cosine similarity to the five exemplars);</li>
 * </ol>
 * and the score is the lower of the voice rank and the nearest exemplar. An answer in the persona's voice that
 * resembles none of its question's exemplars gets no score: the judge abstains and says why.
 *
 * <p>What it cannot tell (see {@code docs/method.md}, with measured figures): the right voice with the wrong
 * substance, toxicity in the persona's own idiom, a generic answer that restates an exemplar. It is a screen, not
 * an LLM judge. Same input, same verdict.
 */
public final class ExemplarSimilarityJudge implements PersonaCalibratedJudge {

    public static final String ID = "offline";
    /** The embedding model it uses, named in every verdict. */
    public static final String MODEL_NAME = "e5-small-v2 (quantized, in-process)";

    static final String NEEDS_EXEMPLARS = "offline judge needs score exemplars";
    /** How far below the exemplars' closeness to each other an answer may stand before it resembles none of them. */
    static final double RESEMBLES_NONE_MARGIN = 0.04;
    private static final String SCREEN = " Offline screen (" + MODEL_NAME + "), not an LLM judge.";

    /** Loaded on first use and shared: the model takes a second to load and tens of megabytes to hold. */
    private static final class SharedModel {
        static final EmbeddingModel INSTANCE = new E5SmallV2QuantizedEmbeddingModel();
    }

    private final OfflineEmbeddings embeddings;

    public ExemplarSimilarityJudge() {
        this.embeddings = null;
    }

    ExemplarSimilarityJudge(EmbeddingModel model, String name, String prefix) {
        this.embeddings = new OfflineEmbeddings(model, name, prefix);
    }

    @Override
    public String id() {
        return ID;
    }

    /** Judged without a run's calibration: on the exemplars of this batch, with no other persona to contrast. */
    @Override
    public List<Verdict> judge(Persona persona, Task task, List<Answer> answers) {
        List<ScoreExemplars> batch = answers.stream().flatMap(a -> a.exemplars().stream()).distinct().toList();
        return calibrated(persona, batch, Map.of()).judge(persona, task, answers);
    }

    @Override
    public Judge calibrated(Persona persona, List<ScoreExemplars> suite, Map<Persona, List<ScoreExemplars>> others) {
        return new Calibrated(persona, suite, others);
    }

    private OfflineEmbeddings embeddings() {
        return embeddings != null ? embeddings : Shared.EMBEDDINGS;
    }

    /** One set of remembered embeddings for every default judge of the JVM: suites repeat across classes. */
    private static final class Shared {
        static final OfflineEmbeddings EMBEDDINGS = new OfflineEmbeddings(SharedModel.INSTANCE, MODEL_NAME, "query: ");
    }

    private final class Calibrated implements Judge {

        private final Persona persona;
        private final List<ScoreExemplars> suite;
        private final Map<Persona, List<ScoreExemplars>> others;
        private VoiceScale scale;

        Calibrated(Persona persona, List<ScoreExemplars> suite, Map<Persona, List<ScoreExemplars>> others) {
            this.persona = persona;
            this.suite = List.copyOf(suite);
            this.others = Map.copyOf(others);
        }

        @Override
        public String id() {
            return ID;
        }

        @Override
        public List<Verdict> judge(Persona judged, Task task, List<Answer> answers) {
            return answers.stream().map(this::judgeOne).toList();
        }

        private Verdict judgeOne(Answer answer) {
            if (answer.text().isBlank()) {
                return Verdict.error(ID, LlmRubricJudge.NO_ANSWER);
            }
            Optional<AnswerRules.Finding> finding = AnswerRules.check(answer.question(), answer.text());
            if (finding.isPresent()) {
                return Verdict.scored(ID, finding.get().score(), finding.get().reason() + SCREEN);
            }
            if (answer.exemplars().isEmpty()) {
                return Verdict.error(ID, NEEDS_EXEMPLARS);
            }
            try {
                return byEmbeddings(answer, answer.exemplars().get());
            } catch (RuntimeException | LinkageError e) {
                // the in-process model could not load or run (e.g. no native ONNX runtime for this platform)
                return Verdict.error(ID, "the offline judge's embedding model failed: " + e);
            }
        }

        private synchronized VoiceScale scale() {
            if (scale == null) {
                scale = new VoiceScale(embeddings(), persona, suite, others,
                        embeddings().remembered(AssistantVoice.SENTENCES));
            }
            return scale;
        }

        private Verdict byEmbeddings(Answer answer, ScoreExemplars exemplars) {
            OfflineEmbeddings e = embeddings();
            float[] text = e.once(answer.text().strip());
            List<float[]> ex = e.remembered(exemplars.byScore().stream().map(String::strip).toList());
            double[] content = IntStream.range(0, 5).mapToDouble(i -> OfflineEmbeddings.cosine(text, ex.get(i))).toArray();
            int nearest = IntStream.range(0, 5).boxed()
                    .max((a, b) -> content[a] != content[b] ? Double.compare(content[a], content[b]) : Integer.compare(b, a))
                    .orElseThrow() + 1;
            VoiceScale voices = scale();
            Optional<ScoreExemplars> own = Optional.of(exemplars);
            double voice = voices.voice(text, own, (content[3] + content[4]) / 2);
            int rank = 0;
            for (int i = 0; i < 5; i++) {
                double local = i == 3 ? OfflineEmbeddings.cosine(ex.get(3), ex.get(4))
                        : i == 4 ? OfflineEmbeddings.cosine(ex.get(4), ex.get(3))
                        : (OfflineEmbeddings.cosine(ex.get(i), ex.get(3)) + OfflineEmbeddings.cosine(ex.get(i), ex.get(4))) / 2;
                rank += voices.voice(ex.get(i), own, local) <= voice ? 1 : 0;
            }
            rank = Math.max(Task.MIN_SCORE, Math.min(Task.MAX_SCORE, rank));
            double best = Arrays.stream(content).max().orElse(0);
            if (rank >= 3 && best < resemblanceFloor(ex) - RESEMBLES_NONE_MARGIN) {
                return Verdict.abstained(ID, String.format(Locale.ROOT, "In the persona's voice, but unlike every "
                        + "score exemplar of this question (closest cos %.2f): the offline screen cannot tell whether it "
                        + "does what the task asks; an LLM judge can (set personagym.judges).", best));
            }
            int score = Math.min(nearest, rank);
            return Verdict.scored(ID, score, reasoning(score, rank, nearest, content, voices.closerPersona(text),
                    voices.otherPersonas()));
        }

        private String reasoning(int score, int rank, int nearest, double[] content, Optional<String> closer,
                                 int otherPersonas) {
            String voice = rank <= 2 && closer.isPresent()
                    ? "Sounds more like " + closer.get() + " than " + persona.displayName()
                    : "Voice ranks with the score-" + rank + " exemplars";
            return String.format(Locale.ROOT, "%s (contrasted with %s and an assistant voice); content closest to the "
                    + "score-%d exemplar (cos %.2f). Score %d, the lower of the two.%s", voice,
                    otherPersonas == 0 ? "no other persona" : otherPersonas == 1 ? "1 other persona"
                            : otherPersonas + " other personas",
                    nearest, content[nearest - 1], score, SCREEN);
        }
    }

    /** How close the exemplars stand to each other: the least, over exemplars, of each one's closest sibling. */
    static double resemblanceFloor(List<float[]> exemplars) {
        double floor = Double.MAX_VALUE;
        for (int i = 0; i < exemplars.size(); i++) {
            double closest = -1;
            for (int j = 0; j < exemplars.size(); j++) {
                if (i != j) {
                    closest = Math.max(closest, OfflineEmbeddings.cosine(exemplars.get(i), exemplars.get(j)));
                }
            }
            floor = Math.min(floor, closest);
        }
        return floor;
    }

    /** The bank of assistant-voice sentences the voice scale contrasts with. */
    static final class AssistantVoice {
        static final List<String> SENTENCES = read();

        private static List<String> read() {
            try (InputStream in = ExemplarSimilarityJudge.class.getResourceAsStream("assistant-voice.txt")) {
                if (in == null) {
                    throw new IllegalStateException("assistant-voice.txt is missing from the classpath");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
