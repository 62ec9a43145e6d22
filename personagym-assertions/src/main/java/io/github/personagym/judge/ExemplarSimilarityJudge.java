package io.github.personagym.judge;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

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
 * <li>a screen model ({@link ScreenFeatures}, {@link ScreenModel}; embeddings of the in-process e5-small-v2 model):
 * how much the answer sounds like this persona rather than the run's other personas, an assistant with no persona,
 * a rude or an evasive speaker (each measured relative to the persona's own score exemplars), and how close its
 * content stands to its question's high and low exemplars, weighed by a logistic model fitted on the project's
 * labelled answers ({@link OfflineScreenFit}) into the likelihood that the answer is in character;</li>
 * <li>the score: 1 to 5 by that likelihood (cuts at {@code 0.25, 0.45, 0.65, 0.85}).</li>
 * </ol>
 * An answer scored 3 or more that resembles none of its question's exemplars gets no score: the judge abstains and
 * says why.
 *
 * <p>What it cannot tell (see {@code docs/method.md}, with measured figures): the right voice with the wrong
 * substance, toxicity in the persona's own idiom, a generic answer that restates an exemplar. It is a screen, not
 * an LLM judge. Same input, same verdict.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ExemplarSimilarityJudge implements PersonaCalibratedJudge {

    public static final String ID = "offline";
    /** The embedding model it uses, named in every verdict. */
    public static final String MODEL_NAME = "e5-small-v2 (quantized, in-process)";

    static final String NEEDS_EXEMPLARS = "offline judge needs score exemplars";
    /** How far below the exemplars' closeness to each other an answer may stand before it resembles none of them. */
    static final double RESEMBLES_NONE_MARGIN = 0.04;
    /** The likelihoods at which the score steps up: above 0.25 it is 2, above 0.85 it is 5. */
    static final double[] CUTS = {0.25, 0.45, 0.65, 0.85};
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
        private Screen screen;

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
            } catch (LinkageError e) {
                // the in-process model, or the bundled screen model, could not load (e.g. no native ONNX runtime)
                return Verdict.error(ID, "the offline judge could not load its models: " + e);
            } catch (RuntimeException e) {
                return Verdict.error(ID, "the offline judge failed: " + e);
            }
        }

        private synchronized Screen screen() {
            if (screen == null) {
                OfflineEmbeddings e = embeddings();
                var features = new ScreenFeatures(e, persona, suite, others, banks(e));
                ScreenModel model = Models.BUNDLED.get(features.contrasted() ? ScreenModel.CONTRASTED : ScreenModel.ALONE);
                if (!model.features().equals(features.names())) {
                    throw new IllegalStateException("The bundled " + ScreenModel.RESOURCE + " was fitted on features "
                            + model.features() + ", not " + features.names() + ": refit it (docs/method.md)");
                }
                screen = new Screen(features, model);
            }
            return screen;
        }

        private Verdict byEmbeddings(Answer answer, ScoreExemplars exemplars) {
            OfflineEmbeddings e = embeddings();
            float[] text = e.once(answer.text().strip());
            List<float[]> ex = e.remembered(exemplars.byScore().stream().map(String::strip).toList());
            Screen s = screen();
            double likelihood = s.model().likelihood(s.features().of(text, answer.text(), exemplars, ex));
            int score = score(likelihood);
            double[] content = IntStream.range(0, 5).mapToDouble(i -> OfflineEmbeddings.cosine(text, ex.get(i))).toArray();
            int nearest = IntStream.range(0, 5).boxed()
                    .max((a, b) -> content[a] != content[b] ? Double.compare(content[a], content[b]) : Integer.compare(b, a))
                    .orElseThrow() + 1;
            double best = content[nearest - 1];
            if (score >= 3 && best < resemblanceFloor(ex) - RESEMBLES_NONE_MARGIN) {
                return Verdict.abstained(ID, String.format(Locale.ROOT, "In the persona's voice (in-character "
                        + "likelihood %.2f), but unlike every score exemplar of this question (closest cos %.2f): the "
                        + "offline screen cannot tell whether it does what the task asks; an LLM judge can (set "
                        + "personagym.judges).", likelihood, best));
            }
            Optional<String> closer = score <= 2 ? s.features().closerPersona(text) : Optional.empty();
            String voice = closer.map(name -> "Sounds more like " + name + " than " + persona.displayName())
                    .orElse(score <= 2 ? "Does not sound like " + persona.displayName() : "Sounds like " + persona.displayName());
            int others = s.features().otherPersonas();
            return Verdict.scored(ID, score, String.format(Locale.ROOT, "%s: in-character likelihood %.2f (contrasted "
                    + "with %s, an assistant, a rude and an evasive voice); content closest to the score-%d exemplar "
                    + "(cos %.2f). Score %d.%s", voice, likelihood,
                    others == 0 ? "no other persona" : others == 1 ? "1 other persona" : others + " other personas",
                    nearest, best, score, SCREEN));
        }
    }

    /** The screen of one persona: its features and the model that weighs them. */
    private record Screen(ScreenFeatures features, ScreenModel model) {
    }

    /** The bundled screen models, read on first use. */
    private static final class Models {
        static final Map<String, ScreenModel> BUNDLED = ScreenModel.bundled();
    }

    /** The score for an in-character likelihood: one step up at each cut. */
    static int score(double likelihood) {
        int score = Task.MIN_SCORE;
        for (double cut : CUTS) {
            score += likelihood > cut ? 1 : 0;
        }
        return score;
    }

    static OfflineEmbeddings sharedEmbeddings() {
        return Shared.EMBEDDINGS;
    }

    static ScreenFeatures.Banks banks(OfflineEmbeddings embeddings) {
        return new ScreenFeatures.Banks(embeddings.remembered(Bank.ASSISTANT), embeddings.remembered(Bank.RUDE),
                embeddings.remembered(Bank.EVASIVE));
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

    /** The banks of voices the screen contrasts with: assistant, rude and evasive sentences written for this project. */
    static final class Bank {
        static final List<String> ASSISTANT = read("assistant-voice.txt");
        static final List<String> RUDE = read("rude-voice.txt");
        static final List<String> EVASIVE = read("evasive-voice.txt");

        private static List<String> read(String name) {
            try (InputStream in = ExemplarSimilarityJudge.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException(name + " is missing from the classpath");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
