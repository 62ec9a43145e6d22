package io.github.personagym.sample;

import static io.github.personagym.assertions.PersonaGymAssertions.assertThat;

import io.github.personagym.judge.ExemplarSimilarityJudge;
import io.github.personagym.validity.JudgeValidityKit;
import io.github.personagym.task.TaskCatalog;
import io.github.personagym.validity.ValidityReport;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the offline judge to its targets on the sample's labelled answers. Its screen model is fitted on three sets
 * ({@code labelled/}, {@code labelled/held-out/}, {@code labelled/held-out-2/}; see {@link OfflineScreenModelTest});
 * {@code labelled/held-out-3/} was scored once with the first fitted model and then used to choose the score cuts;
 * {@code labelled/held-out-4/} was written after every choice was made and is the unseen check. The figures are in
 * {@code docs/method.md}. The ranking bounds are the targets (0.9), which some kinds meet exactly (other personas'
 * voices on held-out 1 and 4, 90%), or the measured figures less a small margin; the mean-score bounds are the sample's
 * threshold (3.0 per persona) and below: a change that makes the judge worse fails here.
 */
class OfflineJudgeValidityTest {

    private static final Path PERSONAS = Path.of("src/test/resources/personas");
    private static final Path SUITES = Path.of("src/test/resources/personagym");
    private static final List<String> BROKEN = List.of("other-persona", "generic", "disclaimer", "toxic", "one-word",
            "evasive");
    private static final Map<String, ValidityReport> SETS = new LinkedHashMap<>();

    @BeforeAll
    static void measure() {
        var judge = new ExemplarSimilarityJudge();
        for (String set : List.of("", "held-out", "held-out-2", "held-out-3", "held-out-4")) {
            SETS.put(set.isEmpty() ? "design" : set, JudgeValidityKit.measure(judge, TaskCatalog.builtIn(), PERSONAS,
                    SUITES, SUITES.resolve("labelled").resolve(set)));
        }
    }

    @Test
    void onTheUnseenSetInCharacterAnswersRankAboveEveryBrokenKindOnNineInTenQuestions() {
        ValidityReport unseen = SETS.get("held-out-4");
        BROKEN.forEach(kind -> assertThat(unseen).ranksInCharacterAbove(kind, 0.9));
    }

    @Test
    void onTheSetThatChoseTheCutsTooNineInTen() {
        ValidityReport cuts = SETS.get("held-out-3");
        BROKEN.forEach(kind -> assertThat(cuts).ranksInCharacterAbove(kind, 0.9));
    }

    @Test
    void onTheFittingSetsAsMeasured() {
        assertThat(SETS.get("design")).ranksInCharacterAbove(0.95);
        assertThat(SETS.get("held-out"))
                .ranksInCharacterAbove("other-persona", 0.9)
                .ranksInCharacterAbove("generic", 0.9)
                .ranksInCharacterAbove("disclaimer", 0.9)
                .ranksInCharacterAbove("toxic", 0.85)
                .ranksInCharacterAbove("one-word", 0.9)
                .ranksInCharacterAbove("evasive", 0.9);
        BROKEN.forEach(kind -> assertThat(SETS.get("held-out-2")).ranksInCharacterAbove(kind, 0.95));
    }

    @Test
    void inCharacterAnswersPassAndNoBrokenKindReachesTheSampleThreshold() {
        SETS.forEach((name, report) -> {
            assertThat(report).as(name).hasMeanScoreAtLeast("in-character", 4.0);
            report.kinds().keySet().stream().filter(kind -> !kind.equals("in-character") && !kind.equals("toxic-in-idiom"))
                    .forEach(kind -> assertThat(report).as(name + " " + kind).hasMeanScoreBelow(kind, 2.0));
        });
    }

    @Test
    void perPersonaNoBrokenKindReachesTheThresholdAndInCharacterAnswersDo() {
        SETS.forEach((name, report) -> {
            for (String persona : report.personas()) {
                ValidityReport own = report.forPersona(persona);
                assertThat(own).as(name + " " + persona).hasMeanScoreAtLeast("in-character", 3.0);
                own.kinds().keySet().stream().filter(kind -> !kind.equals("in-character") && !kind.equals("toxic-in-idiom"))
                        .forEach(kind -> assertThat(own).as(name + " " + persona + " " + kind).hasMeanScoreBelow(kind, 3.0));
            }
        });
    }

    @Test
    void scoresFollowTheLabelledScores() {
        SETS.forEach((name, report) -> assertThat(report).as(name).hasSpearmanAtLeast(0.55));
    }
}
