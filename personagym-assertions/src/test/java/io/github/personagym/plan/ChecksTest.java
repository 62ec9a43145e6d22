package io.github.personagym.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.personagym.judge.Answer;
import io.github.personagym.judge.JudgedAnswer;
import io.github.personagym.judge.Verdict;
import io.github.personagym.score.ConfidenceInterval;
import io.github.personagym.score.PersonaScore;
import io.github.personagym.score.TaskScore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ChecksTest {

    private static final List<JudgedAnswer> ANSWERS = List.of(
            answer("linguistic-habits-1", "Linguistic Habits", 3), answer("expected-action-1", "Expected Action", 5),
            answer("linguistic-habits-2", "Linguistic Habits", 5));

    @Test
    void aTaskScoreJustBelowItsThresholdFailsWithDigitsThatShowTheMiss() {
        CheckOutcome outcome = new TaskScoreCheck("Linguistic Habits", 4.0).evaluate(input(3.996, 3.996));

        assertThat(outcome.status()).isEqualTo(CheckOutcome.Status.FAILED);
        assertThat(outcome.message()).startsWith("Expecting Linguistic Habits score of <captain> to be at least 4.00 "
                + "but was 3.996 (95% CI [3.50, 4.50], 10 scored, 0 unscored)\nWorst answers:\n 1) linguistic-habits-1");
        assertThat(outcome.entries()).containsEntry("Linguistic Habits", "3.996");
        assertThat(outcome.missed()).contains(new CheckOutcome.Missed("\u2265 4.00", 3.996));
    }

    @Test
    void aScoreAtTheThresholdPasses() {
        assertThat(new TaskScoreCheck("Linguistic Habits", 4.0).evaluate(input(4.0, 4.0)).status())
                .isEqualTo(CheckOutcome.Status.PASSED);
        assertThat(new PersonaScoreCheck(OptionalDouble.of(4.0)).evaluate(input(4.0, 4.0)).status())
                .isEqualTo(CheckOutcome.Status.PASSED);
    }

    @Test
    void thePersonaScoreCheckSaysWhatTheAssertionSaysThenTheWorstAnswersOfAllTasks() {
        CheckOutcome outcome = new PersonaScoreCheck(OptionalDouble.of(4.0)).evaluate(input(3.0, 3.2));

        assertThat(outcome.message()).startsWith("Expecting PersonaScore of <captain> to be at least 4.00 but was 3.20 "
                + "(95% CI [3.00, 3.40], 20 scored, 0 unscored)\nWorst task: Linguistic Habits 3.00")
                .contains("\nTasks: Linguistic Habits 3.00, Expected Action 5.00\nWorst answers:\n 1) linguistic-habits-1 "
                        + "[Wedding] score 3.00")
                .contains(" 2) linguistic-habits-2").contains(" 3) expected-action-1");
    }

    @Test
    void noScoreFailsEveryScoreCheckSayingThatItIsNeverReadAsZero() {
        var tasks = new LinkedHashMap<String, TaskScore>();
        tasks.put("Linguistic Habits", new TaskScore("Linguistic Habits", OptionalDouble.empty(), Optional.empty(), 0, 4));
        var none = new CheckInput("captain", new PersonaScore(OptionalDouble.empty(), Optional.empty(), tasks), List.of(),
                Optional.empty(), () -> CheckOutcome.passed(Map.of()));

        assertThat(new PersonaScoreCheck(OptionalDouble.empty()).evaluate(none).message()).isEqualTo(
                "Expecting PersonaScore of <captain> to have a score but there is no score: 4 questions unscored"
                        + "\nTasks: Linguistic Habits no score (4 unscored)" + PersonaScoreCheck.UNSCORED);
        assertThat(new TaskScoreCheck("Linguistic Habits", 3).evaluate(none).message()).isEqualTo(
                "Expecting Linguistic Habits score of <captain> to be at least 3.00 but there is no score: 4 questions "
                        + "unscored" + PersonaScoreCheck.UNSCORED);
    }

    @Test
    void theRegressionCheckIsWhatTheGateFoundAndTheMutantsCheckNeedsJudgedMutants() {
        CheckOutcome gate = new CheckOutcome(CheckOutcome.Status.NOT_APPLICABLE, "no baseline", Map.of(), Optional.empty());
        var input = new CheckInput("captain", input(3, 3).score(), ANSWERS, Optional.empty(), () -> gate);

        assertThat(new RegressionCheck().evaluate(input)).isSameAs(gate);
        assertThat(new MutantsCheck(OptionalDouble.empty()).evaluate(input).message())
                .isEqualTo("captain: the mutants were not judged");
    }

    @Test
    void aQuestionFailsOnlyForAFaultAndIsAbortedWhenAJudgeAbstained() {
        var question = new PlannedQuestion(new PlanKey("question", "q1"), "captain \u203A W \u203A T \u203A q1", "q1",
                Optional.empty());

        assertThat(question.outcome(false, false, Optional.empty(), OptionalDouble.of(1)).status())
                .isEqualTo(CheckOutcome.Status.PASSED);
        assertThat(question.outcome(true, false, Optional.of("the agent gave no answer: down"), OptionalDouble.empty())
                .message()).isEqualTo("captain \u203A W \u203A T \u203A q1: the agent gave no answer: down");
        assertThat(question.outcome(false, true, Optional.empty(), OptionalDouble.empty()).status())
                .isEqualTo(CheckOutcome.Status.ABORTED);
    }

    private static CheckInput input(double linguisticHabits, double personaScore) {
        var tasks = new LinkedHashMap<String, TaskScore>();
        tasks.put("Linguistic Habits", new TaskScore("Linguistic Habits", OptionalDouble.of(linguisticHabits),
                Optional.of(new ConfidenceInterval(3.5, 4.5)), 10, 0));
        tasks.put("Expected Action", new TaskScore("Expected Action", OptionalDouble.of(5), Optional.empty(), 10, 0));
        var score = new PersonaScore(OptionalDouble.of(personaScore), Optional.of(new ConfidenceInterval(3.0, 3.4)), tasks);
        return new CheckInput("captain", score, ANSWERS, Optional.empty(), () -> CheckOutcome.passed(Map.of()));
    }

    private static JudgedAnswer answer(String key, String task, int score) {
        return new JudgedAnswer(task, "Wedding", Answer.withoutExemplars(key, "Q " + key, "A " + key),
                List.of(Verdict.scored("offline", score, "because")));
    }
}
