package io.github.personagym.evaluation;

import io.github.personagym.judge.Verdict;
import static io.github.personagym.evaluation.PersonaEvaluationTest.ACTION;
import static io.github.personagym.evaluation.PersonaEvaluationTest.CAPTAIN;
import static io.github.personagym.evaluation.PersonaEvaluationTest.HABITS;
import static io.github.personagym.evaluation.PersonaEvaluationTest.suite;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.personagym.PersonaAgent;
import io.github.personagym.judge.Answer;
import io.github.personagym.judge.ScoreExemplars;
import io.github.personagym.mutants.MutantAnswer;
import io.github.personagym.mutants.MutantKind;
import io.github.personagym.mutants.MutantSettings;
import io.github.personagym.mutants.MutantTrial;
import io.github.personagym.mutants.Mutants;
import io.github.personagym.mutants.OtherPersona;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class MutantRunTest {

    static final PersonaAgent CAPTAIN_AGENT = question -> "Aye, " + question + " Fair winds, lad.";
    static final MutantSettings TWO_PER_TASK = new MutantSettings(true, 2, false);

    static ExemplarSource exemplarsForAll() {
        return (persona, task, questions) -> {
            Map<String, ScoreExemplars> made = new HashMap<>();
            questions.forEach(q -> made.put(q.key(), PersonaEvaluationTest.exemplars(q.key())));
            return made;
        };
    }

    static MutantTrial trial(Mutants mutants, MutantKind kind) {
        return mutants.trials().stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void withoutTheSettingNoMutantIsJudged() {
        var judge = ScriptedJudge.scoring("scripted", key -> 4);

        var result = PersonaEvaluation.builder(List.of(judge)).build()
                .run(CAPTAIN, List.of(ACTION), suite(ACTION, 3), CAPTAIN_AGENT);

        assertThat(result.mutants()).isEmpty();
        assertThat(judge.batches()).hasSize(1);
    }

    @Test
    void mutantsAreJudgedAfterTheAnswersByTheSameJudgesInBatchesPerKindAndTaskWithTheQuestionsExemplars() {
        var judge = ScriptedJudge.scoring("scripted", key -> 4);

        var result = PersonaEvaluation.builder(List.of(judge)).exemplars(exemplarsForAll()).mutants(TWO_PER_TASK)
                .build().run(CAPTAIN, List.of(ACTION, HABITS), suite(ACTION, 5, HABITS, 5), CAPTAIN_AGENT);

        Mutants mutants = result.mutants().orElseThrow();
        assertThat(mutants.trials()).extracting(MutantTrial::kind).containsExactly(MutantKind.values());
        assertThat(mutants.judgeCalls()).isEqualTo(6 * 2);
        assertThat(mutants.answersJudged()).isEqualTo(6 * 2 * 2);
        List<List<Answer>> batches = judge.batches();
        assertThat(batches).hasSize(2 + 12);
        assertThat(batches.subList(0, 2)).allSatisfy(agentBatch -> assertThat(agentBatch).hasSize(5)
                .allMatch(a -> a.text().startsWith("Aye, ")));
        assertThat(batches.subList(2, 14)).allSatisfy(mutantBatch -> assertThat(mutantBatch).hasSize(2)
                .allMatch(a -> a.exemplars().isPresent())
                .extracting(a -> a.questionKey().replaceAll("-\\d+$", "")).containsOnly(
                        mutantBatch.get(0).questionKey().replaceAll("-\\d+$", "")));
        MutantTrial oneSentence = trial(mutants, MutantKind.ONE_SENTENCE);
        assertThat(oneSentence.answers()).extracting(a -> a.judged().answer().text())
                .allMatch(text -> text.startsWith("Aye, ") && !text.contains("Fair winds"));
        assertThat(oneSentence.score().value()).hasValue(4.0);
        assertThat(trial(mutants, MutantKind.SWAPPED).notes()).singleElement().asString()
                .startsWith("the run has no other persona");
    }

    @Test
    void theSwappedMutantAsksTheOtherPersonasAgentAndItsFailureIsUnscoredNotJudged() {
        var judge = ScriptedJudge.scoring("scripted", key -> 2);
        PersonaAgent nurse = question -> {
            if (question.startsWith("expected-action")) {
                throw new IllegalStateException("nurse agent down");
            }
            return "There, there, sweetheart. " + question;
        };

        var result = PersonaEvaluation.builder(List.of(judge)).mutants(TWO_PER_TASK)
                .swapWith(persona -> Optional.of(new OtherPersona("nurse", nurse))).build()
                .run(CAPTAIN, List.of(ACTION, HABITS), suite(ACTION, 3, HABITS, 3), CAPTAIN_AGENT);

        Mutants mutants = result.mutants().orElseThrow();
        MutantTrial swapped = trial(mutants, MutantKind.SWAPPED);
        assertThat(mutants.agentCalls()).isEqualTo(4);
        assertThat(swapped.notes()).containsExactly("answers of the agent of persona 'nurse' to the same questions");
        assertThat(swapped.answers()).filteredOn(a -> a.task().equals(HABITS.name()))
                .allMatch(a -> a.judged().answer().text().startsWith("There, there, sweetheart."));
        assertThat(swapped.answers()).filteredOn(a -> a.task().equals(ACTION.name())).hasSize(2).allSatisfy(a -> {
            assertThat(a.isScored()).isFalse();
            assertThat(a.judged().verdicts()).isEmpty();
            assertThat(a.problem()).hasValueSatisfying(p -> assertThat(p)
                    .contains("the agent of persona 'nurse': IllegalStateException: nurse agent down"));
        });
        assertThat(swapped.score().value()).as("a task without a scored mutant answer leaves no score").isEmpty();
        assertThat(judge.batches().stream().flatMap(List::stream).map(Answer::text))
                .noneMatch(text -> text.contains("nurse agent down"));
    }

    @Test
    void aTaskWhoseAnswersHaveNoMutantOfAKindIsLeftOutAndSaid() {
        var judge = ScriptedJudge.scoring("scripted", key -> 3);
        PersonaAgent terse = question -> question.startsWith("linguistic") ? "Aye." : "Aye, " + question + " Now go.";

        var result = PersonaEvaluation.builder(List.of(judge)).mutants(TWO_PER_TASK).build()
                .run(CAPTAIN, List.of(ACTION, HABITS), suite(ACTION, 2, HABITS, 2), terse);

        MutantTrial oneWord = trial(result.mutants().orElseThrow(), MutantKind.ONE_WORD);
        assertThat(oneWord.answers()).extracting(MutantAnswer::task).containsOnly(ACTION.name());
        assertThat(oneWord.notes()).containsExactly(
                "Linguistic Habits left out: every answer's one-word mutant is the answer itself");
        assertThat(oneWord.score().tasks()).containsOnlyKeys(ACTION.name());
    }

    @Test
    void aSwappedAgentThatNeverAnswersCostsItsMutantAnswersNotTheRun() {
        var judge = new ScriptedJudge("scripted", answer -> io.github.personagym.judge.Verdict.scored("scripted", 2, "scripted"));
        PersonaAgent hangs = question -> {
            new java.util.concurrent.CountDownLatch(1).await();
            return "never";
        };

        var result = PersonaEvaluation.builder(List.of(judge)).mutants(TWO_PER_TASK)
                .agentTimeout(java.time.Duration.ofMillis(200))
                .swapWith(persona -> Optional.of(new OtherPersona("nurse", hangs))).build()
                .run(CAPTAIN, List.of(ACTION, HABITS), suite(ACTION, 3, HABITS, 3), CAPTAIN_AGENT);

        MutantTrial swapped = trial(result.mutants().orElseThrow(), MutantKind.SWAPPED);
        assertThat(swapped.answers()).isNotEmpty().allSatisfy(a -> assertThat(a.problem()).hasValueSatisfying(p ->
                assertThat(p).contains("the agent of persona 'nurse': the agent did not answer in 0.2s")));
    }
}
