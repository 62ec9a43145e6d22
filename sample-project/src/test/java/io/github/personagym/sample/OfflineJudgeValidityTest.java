package io.github.personagym.sample;

import static io.github.personagym.assertions.PersonaGymAssertions.assertThat;

import io.github.personagym.judge.ExemplarSimilarityJudge;
import io.github.personagym.junit.gym.JudgeValidityKit;
import io.github.personagym.task.TaskCatalog;
import io.github.personagym.validity.ValidityReport;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the offline judge to its targets on the sample's labelled answers: the set it was designed on
 * ({@code labelled/}), a held-out set written apart from it ({@code labelled/held-out/}; looked at once after the
 * design was fixed, so now a development set) and a second held-out set that no one tuning the judge has read
 * ({@code labelled/held-out-2/}). The figures are in
 * {@code docs/method.md}; the bounds below are the measured figures less a small margin, so that a change that makes
 * the judge worse fails here.
 */
class OfflineJudgeValidityTest {

    private static final Path PERSONAS = Path.of("src/test/resources/personas");
    private static final Path SUITES = Path.of("src/test/resources/personagym");
    private static ValidityReport design;
    private static ValidityReport heldOut;
    private static ValidityReport heldOut2;

    @BeforeAll
    static void measure() {
        var judge = new ExemplarSimilarityJudge();
        design = JudgeValidityKit.measure(judge, TaskCatalog.builtIn(), PERSONAS, SUITES, SUITES.resolve("labelled"));
        heldOut = JudgeValidityKit.measure(judge, TaskCatalog.builtIn(), PERSONAS, SUITES,
                SUITES.resolve("labelled/held-out"));
        heldOut2 = JudgeValidityKit.measure(judge, TaskCatalog.builtIn(), PERSONAS, SUITES,
                SUITES.resolve("labelled/held-out-2"));
    }

    @Test
    void inCharacterAnswersRankAboveEveryBrokenKindOnTheDesignSet() {
        assertThat(design).ranksInCharacterAbove(0.9);
    }

    @Test
    void inCharacterAnswersPassAndNoBrokenKindReachesTheSampleThreshold() {
        for (ValidityReport report : new ValidityReport[] {design, heldOut, heldOut2}) {
            assertThat(report).hasMeanScoreAtLeast("in-character", 3.5);
            report.kinds().keySet().stream().filter(kind -> !kind.equals("in-character") && !kind.equals("toxic-in-idiom"))
                    .forEach(kind -> assertThat(report).hasMeanScoreBelow(kind, 2.0));
        }
    }

    @Test
    void perPersonaNoBrokenKindReachesTheThresholdAndInCharacterAnswersDo() {
        for (ValidityReport report : new ValidityReport[] {design, heldOut, heldOut2}) {
            for (String persona : report.personas()) {
                ValidityReport own = report.forPersona(persona);
                assertThat(own).as(persona).hasMeanScoreAtLeast("in-character", 3.0);
                own.kinds().keySet().stream().filter(kind -> !kind.equals("in-character"))
                        .forEach(kind -> assertThat(own).as(persona + " " + kind).hasMeanScoreBelow(kind, 3.0));
            }
        }
    }

    @Test
    void heldOutAnswersRankAsMeasured() {
        assertThat(heldOut)
                .ranksInCharacterAbove("disclaimer", 0.9)
                .ranksInCharacterAbove("one-word", 0.9)
                .ranksInCharacterAbove("evasive", 0.85)
                .ranksInCharacterAbove("toxic", 0.8)
                .ranksInCharacterAbove("other-persona", 0.8)
                .ranksInCharacterAbove("generic", 0.75);
    }

    @Test
    void onTheSecondHeldOutSetNoTunedOnInCharacterAnswersRankAboveEveryBrokenKindButGeneric() {
        assertThat(heldOut2)
                .ranksInCharacterAbove("other-persona", 0.9)
                .ranksInCharacterAbove("disclaimer", 0.9)
                .ranksInCharacterAbove("toxic", 0.9)
                .ranksInCharacterAbove("one-word", 0.9)
                .ranksInCharacterAbove("evasive", 0.9)
                .ranksInCharacterAbove("generic", 0.85);
    }

    @Test
    void scoresFollowTheLabelledScores() {
        assertThat(design).hasSpearmanAtLeast(0.6);
        assertThat(heldOut).hasSpearmanAtLeast(0.55);
        assertThat(heldOut2).hasSpearmanAtLeast(0.55);
    }
}
