package io.github.personagym.mutants;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.personagym.judge.Answer;
import io.github.personagym.judge.JudgedAnswer;
import io.github.personagym.judge.Verdict;
import io.github.personagym.score.ConfidenceInterval;
import io.github.personagym.score.PersonaScore;
import io.github.personagym.score.ScoreAggregator;
import io.github.personagym.score.TaskScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class MutantFindingTest {

    /** The agent: PersonaScore 4.20 with a 95% CI [3.90, 4.50]. */
    static final PersonaScore AGENT = new PersonaScore(OptionalDouble.of(4.2),
            Optional.of(new ConfidenceInterval(3.9, 4.5)), Map.of());

    static MutantTrial trial(MutantKind kind, Integer... scores) {
        List<MutantAnswer> answers = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            Verdict verdict = scores[i] == null ? Verdict.error("judge", "HTTP 500")
                    : Verdict.scored("judge", scores[i], "scripted");
            answers.add(new MutantAnswer(new JudgedAnswer("Linguistic Habits", "Harbour",
                    Answer.withoutExemplars("q" + i, "Q?", "mutant " + i), List.of(verdict)), Optional.empty()));
        }
        PersonaScore score = new ScoreAggregator().aggregate(List.of("Linguistic Habits"),
                answers.stream().map(MutantAnswer::judged).toList());
        return new MutantTrial(kind, answers, score, List.of());
    }

    @Test
    void belowTheThresholdIsCaught() {
        MutantFinding finding = MutantFinding.decide(trial(MutantKind.DISCLAIMER, 1, 2), AGENT, OptionalDouble.of(3.0));

        assertThat(finding.status()).isEqualTo(MutantStatus.CAUGHT);
        assertThat(finding.reason()).isEqualTo("1.50 < threshold 3.00 (2 scored)");
    }

    @Test
    void belowTheAgentsIntervalIsCaughtWithoutAThreshold() {
        MutantFinding finding = MutantFinding.decide(trial(MutantKind.GENERIC, 4, 3), AGENT, OptionalDouble.empty());

        assertThat(finding.status()).isEqualTo(MutantStatus.CAUGHT);
        assertThat(finding.reason()).contains("3.50", "below the agent's 4.20 by more than its 95% CI [3.90, 4.50]");
    }

    @Test
    void neitherBelowTheThresholdNorTheIntervalSurvives() {
        MutantFinding finding = MutantFinding.decide(trial(MutantKind.ONE_WORD, 4, 4), AGENT, OptionalDouble.of(3.0));

        assertThat(finding.status()).isEqualTo(MutantStatus.SURVIVED);
        assertThat(finding.reason()).isEqualTo("4.00 (2 scored): not below the threshold 3.00, nor below the agent's "
                + "4.20 by more than its 95% CI [3.90, 4.50]");
    }

    @Test
    void withoutAnAgentIntervalItMustBeAWholePointBelow() {
        PersonaScore noInterval = new PersonaScore(OptionalDouble.of(4.0), Optional.empty(), Map.of());

        assertThat(MutantFinding.decide(trial(MutantKind.INSULT, 3), noInterval, OptionalDouble.empty()).status())
                .isEqualTo(MutantStatus.CAUGHT);
        assertThat(MutantFinding.decide(trial(MutantKind.INSULT, 4), noInterval, OptionalDouble.empty()).status())
                .isEqualTo(MutantStatus.SURVIVED);
    }

    @Test
    void aMutantWithoutAScoreIsUnscoredNeverCaughtEvenBelowTheThreshold() {
        MutantFinding finding = MutantFinding.decide(trial(MutantKind.GENERIC, null, null), AGENT,
                OptionalDouble.of(5.0));

        assertThat(finding.status()).isEqualTo(MutantStatus.UNSCORED);
        assertThat(finding.reason()).contains("2 of 2 mutant answers unscored", "HTTP 500", "never counted as caught");
    }

    @Test
    void aPartlyUnscoredMutantIsDecidedOnItsScoredAnswersAndSaysHowMany() {
        MutantFinding finding = MutantFinding.decide(trial(MutantKind.GENERIC, 1, null), AGENT, OptionalDouble.of(3.0));

        assertThat(finding.status()).isEqualTo(MutantStatus.CAUGHT);
        assertThat(finding.reason()).contains("(1 scored, 1 unscored)");
    }

    @Test
    void anAgentWithoutAPersonaScoreLeavesAMutantAboveTheThresholdUnscored() {
        PersonaScore none = new PersonaScore(OptionalDouble.empty(), Optional.empty(),
                Map.of("Linguistic Habits", new TaskScore("Linguistic Habits", OptionalDouble.empty(), Optional.empty(), 0, 2)));

        MutantFinding finding = MutantFinding.decide(trial(MutantKind.ONE_WORD, 4), none, OptionalDouble.empty());

        assertThat(finding.status()).isEqualTo(MutantStatus.UNSCORED);
        assertThat(finding.reason()).contains("the agent has no PersonaScore");
    }

    @Test
    void aMutantWithNoAnswerToJudgeIsEquivalent() {
        MutantFinding finding = MutantFinding.decide(trial(MutantKind.ONE_SENTENCE), AGENT, OptionalDouble.of(3.0));

        assertThat(finding.status()).isEqualTo(MutantStatus.EQUIVALENT);
    }

    @Test
    void onlyASurvivorWithRequiredFailsAndTheMessageNamesItAndItsBestScoredAnswer() {
        MutantSettings required = new MutantSettings(true, 2, true);
        Mutants mutants = new Mutants(required, List.of(trial(MutantKind.DISCLAIMER, 1, 1),
                trial(MutantKind.ONE_WORD, 4, 5), trial(MutantKind.GENERIC, (Integer) null)), 6, 0);

        MutantOutcome outcome = mutants.decide(AGENT, OptionalDouble.of(3.0));

        assertThat(outcome.failed()).isTrue();
        assertThat(outcome.survived()).extracting(MutantFinding::kind).containsExactly(MutantKind.ONE_WORD);
        assertThat(MutantMessages.line(outcome))
                .isEqualTo("caught 1 of 3: disclaimer 1.00; survived: one-word 4.50; unscored: generic");
        assertThat(MutantMessages.check("captain", outcome))
                .startsWith("captain: 1 of 3 mutant kinds survived: the suite and its judges did not tell this broken "
                        + "agent from the agent")
                .contains("one-word survived (the agent's answer cut to one word): 4.50 (2 scored)",
                        "best-scored mutant answer: q1 [Linguistic Habits] 5.00: \"mutant 1\"",
                        "generic unscored", "The mutants cost 5 mutant answers, 6 judge calls.");
        assertThat(new Mutants(new MutantSettings(true, 2, false), mutants.trials(), 6, 0)
                .decide(AGENT, OptionalDouble.of(3.0)).failed()).isFalse();
    }
}
