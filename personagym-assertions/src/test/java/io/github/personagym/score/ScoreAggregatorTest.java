package io.github.personagym.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.personagym.judge.Answer;
import io.github.personagym.judge.JudgedAnswer;
import io.github.personagym.judge.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreAggregatorTest {

    private final ScoreAggregator aggregator = new ScoreAggregator();

    @Test
    void questionScoreIsTheMeanOfItsJudges() {
        JudgedAnswer answer = judged("A", "q1", Verdict.scored("j1", 4, "ok"), Verdict.scored("j2", 5, "good"));
        assertThat(answer.score()).hasValue(4.5);
        assertThat(answer.spread()).hasValue(1.0);
    }

    @Test
    void aQuestionWithAFailedJudgeIsUnscoredNotAveragedOverTheOthers() {
        JudgedAnswer answer = judged("A", "q1", Verdict.scored("j1", 5, "ok"), Verdict.error("j2", "HTTP 500"));
        assertThat(answer.score()).isEmpty();
        assertThat(answer.spread()).isEmpty();
    }

    @Test
    void taskScoreIsTheMeanOfItsQuestionsAndPersonaScoreTheMeanOfTasks() {
        List<JudgedAnswer> answers = List.of(
                judged("A", "a1", Verdict.scored("j", 2, "")),
                judged("A", "a2", Verdict.scored("j", 4, "")),
                judged("B", "b1", Verdict.scored("j", 5, "")));

        PersonaScore score = aggregator.aggregate(List.of("A", "B"), answers);

        assertThat(score.task("A").orElseThrow().score()).hasValue(3.0);
        assertThat(score.task("B").orElseThrow().score()).hasValue(5.0);
        // the mean of task means (4.0), not of questions (3.67)
        assertThat(score.value()).hasValue(4.0);
    }

    @Test
    void unscoredQuestionsAreCountedAndNeverBecomeNumbers() {
        List<JudgedAnswer> answers = List.of(
                judged("A", "a1", Verdict.scored("j", 4, "")),
                judged("A", "a2", Verdict.unparseable("j", "no score found", "I think it is fine")),
                judged("B", "b1", Verdict.error("j", "timeout")));

        PersonaScore score = aggregator.aggregate(List.of("A", "B", "C"), answers);

        TaskScore a = score.task("A").orElseThrow();
        assertThat(a.score()).hasValue(4.0);
        assertThat(a.scored()).isEqualTo(1);
        assertThat(a.unscored()).isEqualTo(1);
        TaskScore b = score.task("B").orElseThrow();
        assertThat(b.score()).isEmpty();
        assertThat(b.ci()).isEmpty();
        assertThat(b.unscored()).isEqualTo(1);
        assertThat(score.task("C").orElseThrow().questions()).isZero();
        // a task without a score is not silently left out of the mean: there is no PersonaScore
        assertThat(score.value()).isEmpty();
        assertThat(score.ci()).isEmpty();
        assertThat(score.tasksWithoutScore()).containsExactly("B", "C");
        assertThat(score.scored()).isEqualTo(1);
        assertThat(score.unscored()).isEqualTo(2);
        assertThat(a.ci()).as("one scored question gives no interval").isEmpty();
    }

    @Test
    void nothingScoredMeansNoPersonaScore() {
        PersonaScore score = aggregator.aggregate(List.of("A"),
                List.of(judged("A", "a1", Verdict.error("j", "refused"))));
        assertThat(score.value()).isEmpty();
        assertThat(score.ci()).isEmpty();
    }

    @Test
    void confidenceIntervalsAreReproducibleAndContainTheEstimate() {
        List<JudgedAnswer> answers = new ArrayList<>();
        int[] scores = {1, 2, 3, 4, 5, 3, 4, 4, 2, 5};
        for (int i = 0; i < scores.length; i++) {
            answers.add(judged("A", "a" + i, Verdict.scored("j", scores[i], "")));
            answers.add(judged("B", "b" + i, Verdict.scored("j", 6 - scores[i], "")));
        }

        PersonaScore first = aggregator.aggregate(List.of("A", "B"), answers);
        PersonaScore second = aggregator.aggregate(List.of("A", "B"), answers);

        ConfidenceInterval ci = first.task("A").orElseThrow().ci().orElseThrow();
        assertThat(ci).isEqualTo(second.task("A").orElseThrow().ci().orElseThrow());
        assertThat(ci.contains(3.3)).isTrue();
        // sd of these scores is ~1.25, so the 95% interval of a mean of 10 is about ±0.75 wide
        assertThat(ci.high() - ci.low()).isBetween(1.0, 2.0);
        assertThat(first.ci()).isEqualTo(second.ci());
        assertThat(first.ci().orElseThrow().contains(first.value().getAsDouble())).isTrue();
    }

    @Test
    void aDifferentSeedGivesADifferentButCloseInterval() {
        List<JudgedAnswer> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(judged("A", "a" + i, Verdict.scored("j", 1 + i % 5, "")));
        }
        ConfidenceInterval seeded = aggregator.aggregate(List.of("A"), answers).ci().orElseThrow();
        ConfidenceInterval other = new ScoreAggregator(2_000, 7L).aggregate(List.of("A"), answers).ci().orElseThrow();
        assertThat(other.low()).isCloseTo(seeded.low(), within(0.15));
        assertThat(other.high()).isCloseTo(seeded.high(), within(0.15));
    }

    private static JudgedAnswer judged(String task, String key, Verdict... verdicts) {
        return new JudgedAnswer(task, "Wedding", Answer.withoutExemplars(key, "question " + key, "answer"),
                List.of(verdicts));
    }
}
