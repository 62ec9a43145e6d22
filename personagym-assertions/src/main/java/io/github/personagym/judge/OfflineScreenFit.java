package io.github.personagym.judge;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.Persona;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits the offline judge's screen ({@link ExemplarSimilarityJudge}) on labelled answers: in-character answers
 * against broken ones (another persona's voice, a generic assistant, toxic, evasive), for personas with their
 * suites. Answers the screen's rules already decide (AI disclaimers, insults, too short, evasions) are left out:
 * the model only ever sees the answers that pass the rules. Two models come out: one for a persona with other
 * personas to contrast, one for a persona alone.
 *
 * <p>The project's bundled model is fitted by {@code OfflineScreenModelTest} in the sample project on its labelled
 * sets; {@code docs/method.md} gives the command and the sets.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class OfflineScreenFit {

    /** One labelled answer to one question of a persona's suite. */
    public record Example(String question, String answer, ScoreExemplars exemplars, boolean inCharacter) {
    }

    /** A persona, the score exemplars of its suite, and its labelled answers. */
    public record PersonaExamples(Persona persona, List<ScoreExemplars> suite, List<Example> examples) {
    }

    private OfflineScreenFit() {
    }

    /**
     * Fits both models and returns the text of the resource file that holds them.
     *
     * @param personas every persona of the training set; each is contrasted with the others, as a run would
     * @param header   a comment for the file: what it was fitted on
     */
    public static String fit(List<PersonaExamples> personas, String header) {
        return ScreenModel.write(fit(ExemplarSimilarityJudge.sharedEmbeddings(), personas), header);
    }

    /** Whether the resource text {@code expected} holds the same models as {@code actual}, to {@code tolerance}. */
    public static boolean sameModels(String expected, String actual, double tolerance) {
        Map<String, ScreenModel> a = ScreenModel.read(expected);
        Map<String, ScreenModel> b = ScreenModel.read(actual);
        for (String name : a.keySet()) {
            ScreenModel x = a.get(name);
            ScreenModel y = b.get(name);
            if (y == null || !x.features().equals(y.features()) || Math.abs(x.bias() - y.bias()) > tolerance
                    || !close(x.weights(), y.weights(), tolerance) || !close(x.mean(), y.mean(), tolerance)
                    || !close(x.scale(), y.scale(), tolerance)) {
                return false;
            }
        }
        return a.keySet().equals(b.keySet());
    }

    static Map<String, ScreenModel> fit(OfflineEmbeddings embeddings, List<PersonaExamples> personas) {
        ScreenFeatures.Banks banks = ExemplarSimilarityJudge.banks(embeddings);
        List<double[]> contrasted = new ArrayList<>();
        List<double[]> alone = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (PersonaExamples own : personas) {
            Map<Persona, List<ScoreExemplars>> others = new LinkedHashMap<>();
            personas.stream().filter(p -> !p.persona().id().equals(own.persona().id()))
                    .forEach(p -> others.put(p.persona(), p.suite()));
            var withOthers = new ScreenFeatures(embeddings, own.persona(), own.suite(), others, banks);
            var withNone = new ScreenFeatures(embeddings, own.persona(), own.suite(), Map.of(), banks);
            for (Example example : own.examples()) {
                if (AnswerRules.check(example.question(), example.answer()).isPresent()) {
                    continue;
                }
                float[] x = embeddings.once(example.answer().strip());
                List<float[]> exemplars = embeddings.remembered(
                        example.exemplars().byScore().stream().map(String::strip).toList());
                contrasted.add(withOthers.of(x, example.answer(), example.exemplars(), exemplars));
                alone.add(withNone.of(x, example.answer(), example.exemplars(), exemplars));
                labels.add(example.inCharacter());
            }
        }
        Map<String, ScreenModel> models = new LinkedHashMap<>();
        models.put(ScreenModel.CONTRASTED, ScreenModel.fit(ScreenFeatures.CONTRASTED, contrasted, labels));
        models.put(ScreenModel.ALONE, ScreenModel.fit(ScreenFeatures.ALONE, alone, labels));
        return models;
    }

    private static boolean close(double[] a, double[] b, double tolerance) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > tolerance) {
                return false;
            }
        }
        return true;
    }
}
