package io.github.personagym.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreTextTest {

    @Test
    void aScoreJustBelowItsBoundShowsTheDigitsThatTellThemApart() {
        assertThat(ScoreText.against(3.996, 4.0)).isEqualTo("3.996");
        assertThat(ScoreText.against(3.9999999, 4.0)).isEqualTo("3.9999999");
    }

    @Test
    void aScoreClearOfItsBoundOrEqualToItHasTwoDecimals() {
        assertThat(ScoreText.against(3.2, 4.0)).isEqualTo("3.20");
        assertThat(ScoreText.against(4.0, 4.0)).isEqualTo("4.00");
        assertThat(ScoreText.against(3.2, Double.NaN)).isEqualTo("3.20");
    }

    @Test
    void aBoundKeepsEveryDigitItWasGiven() {
        assertThat(ScoreText.bound(4)).isEqualTo("4.00");
        assertThat(ScoreText.bound(3.5)).isEqualTo("3.50");
        assertThat(ScoreText.bound(3.995)).isEqualTo("3.995");
    }

    @Test
    void aScoreBelowAThreeDecimalBoundNeverPrintsAsAtOrAboveIt() {
        String shown = ScoreText.against(3.9949, 3.995);

        assertThat(Double.parseDouble(shown)).isLessThan(3.995);
    }
}
