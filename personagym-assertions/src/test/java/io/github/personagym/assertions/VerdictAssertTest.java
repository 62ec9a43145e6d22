package io.github.personagym.assertions;

import static io.github.personagym.assertions.PersonaGymAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.personagym.judge.Verdict;
import org.junit.jupiter.api.Test;

class VerdictAssertTest {

    private static final String JUDGE = "openai:gpt-4o-mini";

    private final Verdict two = Verdict.scored(JUDGE, 2, "The captain talks like a customer-service script.");
    private final Verdict error = Verdict.error(JUDGE, "timeout after 60 s");
    private final Verdict unparseable = Verdict.unparseable(JUDGE, "no final score in the reply",
            "I think this answer is rather good overall.");

    @Test
    void isScoredPassesForAScoredVerdict() {
        assertThatCode(() -> assertThat(two).isScored()).doesNotThrowAnyException();
    }

    @Test
    void isScoredFailsForAnErrorShowingIt() {
        assertThatThrownBy(() -> assertThat(error).isScored())
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting the verdict of judge <openai:gpt-4o-mini> to have a score but it has none:"
                        + " no score (error): timeout after 60 s");
    }

    @Test
    void anErrorIsShownWholeForItEndsInWhatToDo() {
        String message = "No recording of this openai:gpt-4o exchange. " + "Request details. ".repeat(40)
                + "To record it, set OPENAI_API_KEY.";

        assertThatThrownBy(() -> assertThat(Verdict.error(JUDGE, message)).isScored())
                .hasMessageEndingWith("no score (error): " + message);
    }

    @Test
    void isScoredFailsForAnUnparseableReplyQuotingTheRawReply() {
        assertThatThrownBy(() -> assertThat(unparseable).isScored())
                .hasMessage("Expecting the verdict of judge <openai:gpt-4o-mini> to have a score but it has none:"
                        + " no score (unparseable): no final score in the reply;"
                        + " raw reply \"I think this answer is rather good overall.\"");
    }

    @Test
    void hasScorePassesForThatScore() {
        assertThatCode(() -> assertThat(two).hasScore(2)).doesNotThrowAnyException();
    }

    @Test
    void hasScoreFailsForAnotherScoreShowingTheReasoning() {
        assertThatThrownBy(() -> assertThat(two).hasScore(4))
                .hasMessage("Expecting the verdict of judge <openai:gpt-4o-mini> to have score 4 but was 2"
                        + "\nReasoning: The captain talks like a customer-service script.");
    }

    @Test
    void hasScoreFailsForAnUnscoredVerdict() {
        assertThatThrownBy(() -> assertThat(error).hasScore(1))
                .hasMessage("Expecting the verdict of judge <openai:gpt-4o-mini> to have score 1 but it has none:"
                        + " no score (error): timeout after 60 s");
    }

    @Test
    void hasScoreAtLeastPassesAtOrAboveTheBound() {
        assertThatCode(() -> assertThat(two).hasScoreAtLeast(2).hasScoreAtLeast(1)).doesNotThrowAnyException();
    }

    @Test
    void hasScoreAtLeastFailsBelowTheBoundShowingTheReasoning() {
        assertThatThrownBy(() -> assertThat(two).hasScoreAtLeast(3))
                .hasMessage("Expecting the verdict of judge <openai:gpt-4o-mini> to have a score of at least 3 but"
                        + " was 2\nReasoning: The captain talks like a customer-service script.");
    }

    @Test
    void hasScoreAtLeastFailsForAnUnscoredVerdictWhateverTheBound() {
        assertThatThrownBy(() -> assertThat(unparseable).hasScoreAtLeast(1))
                .hasMessageStartingWith("Expecting the verdict of judge <openai:gpt-4o-mini> to have a score of at"
                        + " least 1 but it has none: no score (unparseable)");
    }

    @Test
    void theDescriptionGivenWithAsPrecedesTheMessage() {
        assertThatThrownBy(() -> assertThat(two).as("wedding-lh-3").hasScoreAtLeast(3))
                .hasMessageStartingWith("[wedding-lh-3] Expecting the verdict of judge <openai:gpt-4o-mini>");
    }
}
