package io.github.personagym.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeLTest {

    @Test
    void linsOwnExampleScoresTheInOrderSentenceAboveTheReorderedOne() {
        // Lin (2004), section 3.1: with reference S1, S2 scores 3/4 and S3 scores 2/4 (β = 1 here: P = R = F).
        String s1 = "police killed the gunman";

        RougeL.Score s2 = RougeL.score(s1, "police kill the gunman");
        RougeL.Score s3 = RougeL.score(s1, "the gunman kill police");

        assertThat(s2.f1()).isEqualTo(0.75);
        assertThat(s3.f1()).isEqualTo(0.5);
        assertThat(s2.precision()).isEqualTo(0.75);
        assertThat(s3.recall()).isEqualTo(0.5);
    }

    @Test
    void rougeScoresReadmeExampleGivesItsPublishedPrecisionRecallAndF() {
        // rouge-score's README: target "The quick brown fox jumps over the lazy dog", prediction
        // "The quick brown dog jumps on the log." → rougeL precision 0.625, recall 0.5556, fmeasure 0.5882.
        // By hand: LCS "the quick brown jumps the" = 5; 5/8, 5/9, 2·(5/8)(5/9)/((5/8)+(5/9)) = 10/17.
        RougeL.Score score = RougeL.score("The quick brown fox jumps over the lazy dog",
                "The quick brown dog jumps on the log.");

        assertThat(score.precision()).isEqualTo(0.625);
        assertThat(score.recall()).isCloseTo(5.0 / 9, within(1e-12));
        assertThat(score.f1()).isCloseTo(10.0 / 17, within(1e-12)).isCloseTo(0.5882352941176471, within(1e-12));
        assertThat(score.exactMatch()).isFalse();
    }

    @Test
    void tokensAreLowerCasedRunsOfLettersAndDigitsInAnyScript() {
        assertThat(RougeL.tokens("Aye, lad! It's 12 knots -- NORTH-by-east.")).containsExactly("aye", "lad", "it",
                "s", "12", "knots", "north", "by", "east");
        assertThat(RougeL.tokens("Ça va, Zoë?")).containsExactly("ça", "va", "zoë");
    }

    @Test
    void exactMatchIgnoresCaseAndPunctuationButNotWords() {
        assertThat(RougeL.score("Red sky at night, sailor's delight.", "red sky at night sailor s delight").exactMatch())
                .isTrue();
        assertThat(RougeL.score("Red sky at night, sailor's delight.", "Red sky at night, sailor's delight!").f1())
                .isEqualTo(1.0);
        assertThat(RougeL.score("Red sky at night", "Red sky at night too").exactMatch()).isFalse();
    }

    @Test
    void anEmptyOrUnrelatedAnswerScoresZero() {
        assertThat(RougeL.score("red sky at night", "...").f1()).isZero();
        assertThat(RougeL.score("red sky at night", "green seas by day").f1()).isZero();
    }

    @Test
    void lcsTakesTheLongestOfSeveralCommonSubsequences() {
        assertThat(RougeL.lcs(List.of("a", "b", "c", "b", "d", "a", "b"), List.of("b", "d", "c", "a", "b", "a")))
                .isEqualTo(4);
    }
}
