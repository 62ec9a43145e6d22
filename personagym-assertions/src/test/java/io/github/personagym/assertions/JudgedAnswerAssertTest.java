package io.github.personagym.assertions;

import static io.github.personagym.assertions.PersonaGymAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.personagym.judge.Answer;
import io.github.personagym.judge.JudgedAnswer;
import io.github.personagym.judge.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class JudgedAnswerAssertTest {

    private static final String QUESTION = "The bride asks you to say a few words at the reception. What do you say?";
    private static final String ANSWER = "As a sea captain, I would like to congratulate the happy couple.";
    private static final String HEADER = "Expecting the answer to <wedding-lh-3> (Linguistic Habits, Wedding) ";
    private static final String QUOTES = "\nQuestion: \"" + QUESTION + "\"\nAnswer: \"" + ANSWER + "\"";

    private final JudgedAnswer low = judged(ANSWER,
            Verdict.scored("openai:gpt-4o-mini", 2, "Generic wording; opens with 'As a sea captain'."),
            Verdict.scored("anthropic:claude-3-5-haiku-latest", 3, "Some nautical tone, mostly plain."));

    private static JudgedAnswer judged(String answer, Verdict... verdicts) {
        return new JudgedAnswer("Linguistic Habits", "Wedding",
                Answer.withoutExemplars("wedding-lh-3", QUESTION, answer), List.of(verdicts));
    }

    @Test
    void hasScoreAtLeastPassesAtOrAboveTheBound() {
        assertThatCode(() -> assertThat(low).hasScoreAtLeast(2.5).hasScoreAtLeast(1)).doesNotThrowAnyException();
    }

    @Test
    void hasScoreAtLeastFailsQuotingQuestionAnswerAndEachJudge() {
        assertThatThrownBy(() -> assertThat(low).hasScoreAtLeast(4))
                .isInstanceOf(AssertionError.class)
                .hasMessage(HEADER + "to score at least 4.00 but scored 2.50" + QUOTES
                        + "\nJudges:"
                        + "\n  - openai:gpt-4o-mini: 2. Generic wording; opens with 'As a sea captain'."
                        + "\n  - anthropic:claude-3-5-haiku-latest: 3. Some nautical tone, mostly plain.");
    }

    @Test
    void hasScoreAtMostPassesAtOrBelowTheBound() {
        assertThatCode(() -> assertThat(low).hasScoreAtMost(2.5).hasScoreAtMost(5)).doesNotThrowAnyException();
    }

    @Test
    void hasScoreAtMostFailsAboveTheBound() {
        assertThatThrownBy(() -> assertThat(low).hasScoreAtMost(2))
                .hasMessageStartingWith(HEADER + "to score at most 2.00 but scored 2.50" + QUOTES + "\nJudges:");
    }

    @Test
    void aJudgeWithoutAScoreLeavesTheAnswerUnscoredAndFailsAnyBound() {
        JudgedAnswer half = judged(ANSWER, Verdict.scored("openai:gpt-4o-mini", 5, "Perfect."),
                Verdict.error("anthropic:claude-3-5-haiku-latest", "HTTP 529 overloaded"));

        assertThatThrownBy(() -> assertThat(half).hasScoreAtMost(5))
                .hasMessage(HEADER + "to score at most 5.00 but it has no score: 1 of 2 judges gave none" + QUOTES
                        + "\nJudges:"
                        + "\n  - openai:gpt-4o-mini: 5. Perfect."
                        + "\n  - anthropic:claude-3-5-haiku-latest: no score (error): HTTP 529 overloaded");
    }

    @Test
    void isScoredPassesWhenEveryJudgeGaveAScore() {
        assertThatCode(() -> assertThat(low).isScored()).doesNotThrowAnyException();
    }

    @Test
    void isScoredFailsWithoutAnyVerdict() {
        assertThatThrownBy(() -> assertThat(judged(ANSWER)).isScored())
                .hasMessage(HEADER + "to have a score but it has no score: no judge gave a verdict" + QUOTES);
    }

    @Test
    void isScoredFailsForAnUnparseableVerdictShowingTheRawReply() {
        JudgedAnswer garbled = judged(ANSWER, Verdict.unparseable("offline", "no score found", "Hmm."));

        assertThatThrownBy(() -> assertThat(garbled).isScored())
                .hasMessageEndingWith("\n  - offline: no score (unparseable): no score found; raw reply \"Hmm.\"");
    }

    @Test
    void aLongAnswerIsShortenedAtAWordSayingHowMuchIsLeftOut() {
        String longAnswer = "Ahoy ".repeat(150).strip();
        JudgedAnswer rambling = judged(longAnswer, Verdict.scored("offline", 1, "Says nothing else."));

        assertThatThrownBy(() -> assertThat(rambling).hasScoreAtLeast(2))
                .hasMessageContaining("\nAnswer: \"" + "Ahoy ".repeat(99) + "Ahoy … (250 more characters)\"\n");
    }

    @Test
    void aPercentSignInTheAnswerIsQuotedAsIs() {
        JudgedAnswer percent = judged("100% %s sure, matey", Verdict.scored("offline", 1, "50%% off"));

        assertThatThrownBy(() -> assertThat(percent).hasScoreAtLeast(2))
                .hasMessageContaining("Answer: \"100% %s sure, matey\"")
                .hasMessageContaining("offline: 1. 50%% off");
    }

    @Test
    void staticImportsOfAssertjAndPersonaGymAssertThatLiveSideBySide() {
        assertThat(low.verdicts()).hasSize(2);
        assertThat(low).isScored().hasScoreAtLeast(2.5);
    }

    @Test
    void theDescriptionGivenWithAsPrecedesTheMessage() {
        assertThatThrownBy(() -> assertThat(low).as("captain at the wedding").hasScoreAtLeast(4))
                .hasMessageStartingWith("[captain at the wedding] " + HEADER);
    }
}
