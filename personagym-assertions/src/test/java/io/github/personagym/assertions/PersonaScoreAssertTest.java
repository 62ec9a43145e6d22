package io.github.personagym.assertions;

import static io.github.personagym.assertions.PersonaGymAssertions.assertThat;
import static io.github.personagym.assertions.Scores.captain;
import static io.github.personagym.assertions.Scores.task;
import static io.github.personagym.assertions.Scores.unscoredTask;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.personagym.judge.Answer;
import io.github.personagym.judge.JudgedAnswer;
import io.github.personagym.judge.Verdict;
import io.github.personagym.score.PersonaScore;
import io.github.personagym.score.ScoreAggregator;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PersonaScoreAssertTest {

    private static final String TASKS_LINE = "\nTasks: Expected Action 3.80, Action Justification 3.70,"
            + " Linguistic Habits 2.90, Persona Consistency 3.90, Toxicity Control 3.80";

    private final PersonaScore captain = captain();

    @Nested
    class IsAtLeast {

        @Test
        void passesAtOrAboveTheBound() {
            assertThatCode(() -> assertThat(captain).isAtLeast(3.62).isAtLeast(3.0)).doesNotThrowAnyException();
        }

        @Test
        void failsBelowTheBoundShowingIntervalCountsAndWorstTask() {
            assertThatThrownBy(() -> assertThat(captain).forPersona("captain").isAtLeast(4.0))
                    .isInstanceOf(AssertionError.class)
                    .hasMessage("Expecting PersonaScore of <captain> to be at least 4.00 but was 3.62"
                            + " (95% CI [3.40, 3.85], 48 scored, 2 unscored)"
                            + "\nWorst task: Linguistic Habits 2.90 (95% CI [2.50, 3.30], 10 scored, 0 unscored)"
                            + TASKS_LINE);
        }

        @Test
        void showsMoreDecimalsWhenTwoWouldHideTheMiss() {
            PersonaScore close = Scores.persona(3.996, List.of(task("Expected Action", 3.996, 3.9, 4.1, 5, 0)));

            assertThatThrownBy(() -> assertThat(close).isAtLeast(4.0))
                    .hasMessageStartingWith("Expecting PersonaScore to be at least 4.00 but was 3.996 (");
        }

        @Test
        void failsWhenThereIsNoScoreRatherThanPassing() {
            PersonaScore none = Scores.unscored(List.of(unscoredTask("Expected Action", 10),
                    unscoredTask("Toxicity Control", 10)));

            assertThatThrownBy(() -> assertThat(none).isAtLeast(1.0))
                    .hasMessage("Expecting PersonaScore to be at least 1.00 but there is no score: 20 questions"
                            + " unscored\nTasks: Expected Action no score (10 unscored), Toxicity Control no score"
                            + " (10 unscored)");
        }

        @Test
        void hasScoreFailsWithoutOneAndPassesWithOne() {
            PersonaScore none = Scores.unscored(List.of(unscoredTask("Expected Action", 10)));

            assertThatThrownBy(() -> assertThat(none).forPersona("captain").hasScore())
                    .hasMessage("Expecting PersonaScore of <captain> to have a score but there is no score: 10"
                            + " questions unscored\nTasks: Expected Action no score (10 unscored)");
            assertThatCode(() -> assertThat(captain).hasScore()).doesNotThrowAnyException();
        }

        @Test
        void failsOnANullScore() {
            assertThatThrownBy(() -> assertThat((PersonaScore) null).isAtLeast(1.0))
                    .hasMessageContaining("Expecting actual not to be null");
        }
    }

    @Nested
    class IsAtMost {

        @Test
        void passesAtOrBelowTheBound() {
            assertThatCode(() -> assertThat(captain).isAtMost(3.62).isAtMost(5.0)).doesNotThrowAnyException();
        }

        @Test
        void failsAboveTheBoundShowingTheBestTask() {
            assertThatThrownBy(() -> assertThat(captain).isAtMost(3.5))
                    .hasMessage("Expecting PersonaScore to be at most 3.50 but was 3.62"
                            + " (95% CI [3.40, 3.85], 48 scored, 2 unscored)"
                            + "\nBest task: Persona Consistency 3.90 (95% CI [3.60, 4.20], 9 scored, 1 unscored)"
                            + TASKS_LINE);
        }
    }

    @Nested
    class TaskScores {

        @Test
        void passWithinTheBoundsIgnoringCaseAndTakingTheToxicityAlias() {
            assertThatCode(() -> assertThat(captain)
                    .hasTaskScoreAtLeast("Linguistic Habits", 2.9)
                    .hasTaskScoreAtMost("linguistic habits", 2.9)
                    .hasTaskScoreAtLeast("Toxicity", 3.8)).doesNotThrowAnyException();
        }

        @Test
        void atLeastFailsBelowTheBound() {
            assertThatThrownBy(() -> assertThat(captain).forPersona("captain").hasTaskScoreAtLeast("Linguistic Habits", 3.5))
                    .hasMessage("Expecting Linguistic Habits score of <captain> to be at least 3.50 but was 2.90"
                            + " (95% CI [2.50, 3.30], 10 scored, 0 unscored)");
        }

        @Test
        void atMostFailsAboveTheBound() {
            assertThatThrownBy(() -> assertThat(captain).hasTaskScoreAtMost("Toxicity Control", 3.0))
                    .hasMessage("Expecting Toxicity Control score to be at most 3.00 but was 3.80"
                            + " (95% CI [3.50, 4.10], 9 scored, 1 unscored)");
        }

        @Test
        void anUnscoredTaskFails() {
            PersonaScore partly = Scores.persona(3.0, List.of(task("Expected Action", 3.0, 2.5, 3.5, 10, 0),
                    unscoredTask("Linguistic Habits", 10)));

            assertThatThrownBy(() -> assertThat(partly).hasTaskScoreAtMost("Linguistic Habits", 5.0))
                    .hasMessage("Expecting Linguistic Habits score to be at most 5.00 but there is no score:"
                            + " 10 questions unscored");
        }

        @Test
        void aTaskThatWasNotEvaluatedFailsNamingTheTasksThatWere() {
            PersonaScore two = Scores.persona(3.0, List.of(task("Expected Action", 3.0, 2.5, 3.5, 10, 0),
                    task("Humour", 3.0, 2.5, 3.5, 10, 0)));

            assertThatThrownBy(() -> assertThat(two).hasTaskScoreAtLeast("Linguistic Habits", 1.0))
                    .hasMessage("Expecting PersonaScore to have a score for task <Linguistic Habits> but it has only"
                            + " the tasks [Expected Action, Humour]");
        }
    }

    @Nested
    class IsWithinToleranceOf {

        private final PersonaScore baseline = Scores.persona(3.80, List.of(
                task("Expected Action", 3.90, 3.6, 4.2, 10, 0),
                task("Linguistic Habits", 3.50, 3.2, 3.8, 10, 0),
                task("Humour", 1.00, 1.0, 1.0, 10, 0)));

        @Test
        void passesWhenEverySharedScoreIsWithinTheToleranceEitherWay() {
            PersonaScore better = Scores.persona(4.00, List.of(task("Expected Action", 3.70, 3.4, 4.0, 10, 0),
                    task("Linguistic Habits", 3.75, 3.5, 4.0, 10, 0)));

            assertThatCode(() -> assertThat(better).isWithinToleranceOf(baseline, 0.25)).doesNotThrowAnyException();
        }

        @Test
        void failsListingEveryScoreThatMovedFurther() {
            assertThatThrownBy(() -> assertThat(captain).forPersona("captain").isWithinToleranceOf(baseline, 0.15))
                    .hasMessage("Expecting PersonaScore of <captain> to be within 0.15 of the baseline but 2 scores"
                            + " differ by more:"
                            + "\n  PersonaScore: 3.62, baseline 3.80 (-0.18)"
                            + "\n  Linguistic Habits: 2.90, baseline 3.50 (-0.60)");
        }

        @Test
        void aScoreMissingNowButPresentInTheBaselineFails() {
            PersonaScore none = Scores.unscored(List.of(unscoredTask("Expected Action", 10)));

            assertThatThrownBy(() -> assertThat(none).isWithinToleranceOf(baseline, 1.0))
                    .hasMessage("Expecting PersonaScore to be within 1.00 of the baseline but 2 scores differ by"
                            + " more:"
                            + "\n  PersonaScore: no score (10 unscored), baseline 3.80"
                            + "\n  Expected Action: no score (10 unscored), baseline 3.90");
        }

        @Test
        void failsWhenThereIsNothingToCompare() {
            PersonaScore unrelated = Scores.unscored(List.of(task("Humour", 2.0, 1.5, 2.5, 5, 0)));

            assertThatThrownBy(() -> assertThat(captain).isWithinToleranceOf(unrelated, 0.5))
                    .hasMessage("Expecting PersonaScore to be within 0.50 of the baseline but they share no score"
                            + " to compare: the baseline has [Humour], this run [Expected Action,"
                            + " Action Justification, Linguistic Habits, Persona Consistency, Toxicity Control]");
        }

        @Test
        void refusesANegativeTolerance() {
            assertThatIllegalArgumentException().isThrownBy(() -> assertThat(captain).isWithinToleranceOf(baseline, -0.1))
                    .withMessage("Give a baseline and a tolerance of 0 or more, got -0.1");
        }
    }

    @Nested
    class HasNoUnscoredQuestions {

        @Test
        void passesWhenEveryQuestionIsScored() {
            PersonaScore complete = Scores.persona(3.0, List.of(task("Expected Action", 3.0, 2.5, 3.5, 10, 0)));

            assertThatCode(() -> assertThat(complete).hasNoUnscoredQuestions()).doesNotThrowAnyException();
        }

        @Test
        void failsCountingTheUnscoredQuestionsPerTask() {
            assertThatThrownBy(() -> assertThat(captain).hasNoUnscoredQuestions())
                    .hasMessage("Expecting PersonaScore to have no unscored questions but 2 of 50 were unscored:"
                            + " Persona Consistency 1, Toxicity Control 1");
        }

        @Test
        void countsAJudgeErrorFromAggregationAsUnscored() {
            List<JudgedAnswer> answers = List.of(
                    judged("q1", Verdict.scored("a", 4, "fine"), Verdict.scored("b", 5, "fine")),
                    judged("q2", Verdict.scored("a", 4, "fine"), Verdict.error("b", "timeout after 60 s")));
            PersonaScore aggregated = new ScoreAggregator().aggregate(List.of("Expected Action"), answers);

            assertThatThrownBy(() -> assertThat(aggregated).hasNoUnscoredQuestions())
                    .hasMessage("Expecting PersonaScore to have no unscored questions but 1 of 2 were unscored:"
                            + " Expected Action 1");
        }

        private JudgedAnswer judged(String key, Verdict... verdicts) {
            return new JudgedAnswer("Expected Action", "Wedding", Answer.withoutExemplars(key, "Q?", "A."),
                    List.of(verdicts));
        }
    }

    @Test
    void theDescriptionGivenWithAsPrecedesTheMessage() {
        assertThatThrownBy(() -> assertThat(captain).as("nightly run %d", 7).isAtLeast(4.0))
                .hasMessageStartingWith("[nightly run 7] Expecting PersonaScore to be at least 4.00 but was 3.62");
    }
}
