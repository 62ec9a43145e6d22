package io.github.personagym.assertions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.personagym.judge.Answer;
import io.github.personagym.judge.JudgedAnswer;
import io.github.personagym.judge.Verdict;
import io.github.personagym.score.PersonaScore;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

class PersonaGymSoftAssertionsTest {

    private final PersonaScore captain = Scores.captain();
    private final Verdict two = Verdict.scored("offline", 2, "Plain wording.");
    private final JudgedAnswer answer = new JudgedAnswer("Linguistic Habits", "Wedding",
            Answer.withoutExemplars("wedding-lh-3", "Q?", "A."), List.of(two));

    @Test
    void collectsEveryFailureAndReportsThemTogether() {
        var softly = new PersonaGymSoftAssertions();
        softly.assertThat(captain).isAtLeast(4.0).hasTaskScoreAtLeast("Linguistic Habits", 2.0);
        softly.assertThat(captain).as("unscored").hasNoUnscoredQuestions();
        softly.assertThat(two).hasScoreAtLeast(1);

        assertThat(softly.errorsCollected()).hasSize(2);
        assertThat(softly.errorsCollected().get(0))
                .hasMessageStartingWith("Expecting PersonaScore to be at least 4.00 but was 3.62");
        assertThat(softly.errorsCollected().get(1))
                .hasMessageStartingWith("[unscored] Expecting PersonaScore to have no unscored questions");
        assertThatThrownBy(softly::assertAll)
                .hasMessageContaining("Multiple Failures (2 failures)")
                .hasMessageContaining("at least 4.00")
                .hasMessageContaining("2 of 50 were unscored");
    }

    @Test
    void assertSoftlyFailsOnceWithEveryFailure() {
        assertThatThrownBy(() -> PersonaGymSoftAssertions.assertSoftly(softly -> {
            softly.assertThat(two).hasScore(5);
            softly.assertThat(answer).hasScoreAtLeast(3);
        })).hasMessageContaining("Multiple Failures (2 failures)")
                .hasMessageContaining("to have score 5 but was 2")
                .hasMessageContaining("to score at least 3.00 but scored 2.00");
    }

    @Test
    void assertSoftlyPassesWhenEveryAssertionHolds() {
        PersonaGymSoftAssertions.assertSoftly(softly -> {
            softly.assertThat(captain).isAtLeast(3.5).isAtMost(4.0);
            softly.assertThat(answer).isScored();
        });
    }

    /** AssertJ's soft assertions and ours, in one object. */
    static class MixedSoftAssertions extends SoftAssertions implements PersonaGymSoftAssertionsProvider {
    }

    @Test
    void mixesIntoAssertjSoftAssertions() {
        var softly = new MixedSoftAssertions();
        softly.assertThat(List.of(1, 2)).hasSize(3);
        softly.assertThat(captain).hasTaskScoreAtLeast("Toxicity", 4.5);

        assertThat(softly.errorsCollected()).hasSize(2);
        assertThat(softly.errorsCollected().get(1))
                .hasMessageStartingWith("Expecting Toxicity Control score to be at least 4.50 but was 3.80");
    }
}
