package io.github.personagym.evaluation;

import io.github.personagym.suite.Suite;
import io.github.personagym.suite.SuiteQuestion;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.personagym.PersonaAgent;
import io.github.personagym.Task;
import io.github.personagym.TaskKind;
import io.github.personagym.metric.Choices;
import io.github.personagym.metric.Measurement;
import io.github.personagym.metric.ReferenceAnswer;
import io.github.personagym.mutants.MutantSettings;
import io.github.personagym.plan.CheckOutcome;
import io.github.personagym.plan.PersonaScoreCheck;
import io.github.personagym.plan.TaskScoreCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Reference and choice tasks are scored without a judge, beside rubric tasks, and stay out of the PersonaScore. */
@Timeout(30)
class JudgeFreeTasksTest {

    static final Task HABITS = PersonaEvaluationTest.HABITS;
    static final Task KNOWLEDGE = new Task("Sea Knowledge", "What a captain knows.", "", List.of(), false,
            TaskKind.CHOICE);
    static final Task LORE = new Task("Sea Lore", "Sayings of the sea.", "", List.of(), false, TaskKind.REFERENCE);
    static final Choices INSTRUMENTS = new Choices(List.of("Sextant", "Barometer", "Chronometer"), 1);

    private final List<String> asked = new CopyOnWriteArrayList<>();

    private PersonaAgent agent(Map<String, String> replies) {
        return question -> {
            asked.add(question);
            return replies.entrySet().stream().filter(e -> question.startsWith(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse("Aye, lad.");
        };
    }

    private static Suite suite() {
        List<SuiteQuestion> questions = new ArrayList<>(PersonaEvaluationTest.suite(HABITS, 2).questions());
        questions.add(choice("sea-knowledge-1", "Which instrument warns of a storm?"));
        questions.add(choice("sea-knowledge-2", "What tells the time at sea?"));
        questions.add(choice("sea-knowledge-3", "What measures the sun's angle?"));
        questions.add(choice("sea-knowledge-4", "What do you trust most?"));
        questions.add(new SuiteQuestion("sea-lore-1", LORE.name(), "Harbour", "Finish: red sky at night", Optional.empty(),
                0, Optional.of(new ReferenceAnswer("Red sky at night, sailor's delight."))));
        return new Suite("captain", "sha256:1", "scripted", List.of("Harbour"), questions, Optional.empty());
    }

    private static SuiteQuestion choice(String key, String text) {
        return new SuiteQuestion(key, KNOWLEDGE.name(), "Harbour", text, Optional.empty(), 0, Optional.of(INSTRUMENTS));
    }

    private EvaluationResult run(ScriptedJudge judge, Suite suite, MutantSettings mutants) {
        return PersonaEvaluation.builder(List.of(judge)).mutants(mutants).build().run(PersonaEvaluationTest.CAPTAIN,
                List.of(HABITS, KNOWLEDGE, LORE), suite, agent(Map.of(
                        "Which instrument", "B) the barometer, lad.",
                        "What tells the time", "The sextant, of course.",
                        "What measures", "(b)",
                        "Finish: red sky", "Red sky at night, sailor's delight!")));
    }

    @Test
    void judgeFreeQuestionsAreMeasuredWithoutAJudgeAndKeepOutOfThePersonaScore() {
        var judge = ScriptedJudge.scoring("scripted", key -> 4);

        EvaluationResult result = run(judge, suite(), MutantSettings.OFF);

        assertThat(judge.judgedKeys()).containsExactlyInAnyOrder("linguistic-habits-1", "linguistic-habits-2");
        assertThat(result.score().tasks()).containsOnlyKeys(Task.LINGUISTIC_HABITS);
        assertThat(result.score().value()).hasValue(4);
        assertThat(result.metric("Sea Knowledge")).hasValueSatisfying(knowledge -> {
            assertThat(knowledge.value().getAsDouble()).isEqualTo(2.0 / 3);
            assertThat(knowledge.scored()).isEqualTo(3);
            assertThat(knowledge.unscored()).isEqualTo(1);
            assertThat(knowledge.ci()).isPresent();
        });
        assertThat(result.metric("Sea Lore")).hasValueSatisfying(lore -> {
            assertThat(lore.value()).hasValue(1);
            assertThat(lore.exactMatch()).hasValue(1);
        });
        assertThat(asked).anySatisfy(q -> assertThat(q).startsWith("Which instrument warns of a storm?\n\nA) Sextant\n"));
    }

    @Test
    void aReplyThatNamesNoOptionIsUnscoredAndAbortedNotFailedNorWrong() {
        QuestionResult unread = run(ScriptedJudge.scoring("scripted", key -> 4), suite(), MutantSettings.OFF)
                .question("sea-knowledge-4").orElseThrow();

        assertThat(unread.failed()).isFalse();
        assertThat(unread.abstained()).isTrue();
        assertThat(unread.measuredValue()).isEmpty();
        assertThat(unread.problem()).hasValue("the reply names no option (A, B, C), by its letter or its text");
    }

    @Test
    void aWrongOptionIsScoredZeroAndItsTestPasses() {
        QuestionResult wrong = run(ScriptedJudge.scoring("scripted", key -> 4), suite(), MutantSettings.OFF)
                .question("sea-knowledge-2").orElseThrow();

        assertThat(wrong.failed()).isFalse();
        assertThat(wrong.abstained()).isFalse();
        assertThat(wrong.measuredValue()).hasValue(0);
        assertThat(wrong.measured().flatMap(Measurement::chosen)).contains("A");
    }

    @Test
    void aQuestionWithoutWhatItsTaskNeedsIsNotAskedAndFailsSayingWhatToAdd() {
        List<SuiteQuestion> questions = new ArrayList<>(suite().questions());
        questions.add(new SuiteQuestion("sea-knowledge-5", KNOWLEDGE.name(), "Harbour", "Bare question?",
                Optional.empty(), 31));
        questions.add(new SuiteQuestion("linguistic-habits-3", HABITS.name(), "Harbour", "Keyed question?",
                Optional.empty(), 0, Optional.of(INSTRUMENTS)));
        Suite suite = new Suite("captain", "sha256:1", "scripted", List.of("Harbour"), questions, Optional.empty());

        EvaluationResult result = run(ScriptedJudge.scoring("scripted", key -> 4), suite, MutantSettings.OFF);

        assertThat(asked).noneMatch(q -> q.startsWith("Bare question?") || q.startsWith("Keyed question?"));
        assertThat(result.question("sea-knowledge-5").orElseThrow()).satisfies(q -> {
            assertThat(q.failed()).isTrue();
            assertThat(q.problem()).hasValue("question 'sea-knowledge-5' (line 31 of the suite file) of task 'Sea"
                    + " Knowledge', of kind choice, has no 'options' and 'answer'. Give it 'options' and 'answer' in"
                    + " the suite file (the options, and the letter of the right one).");
        });
        assertThat(result.question("linguistic-habits-3").orElseThrow().problem()).hasValue("question"
                + " 'linguistic-habits-3' has options, but task 'Linguistic Habits' is of kind rubric, whose answers the"
                + " judges score with its rubric. Remove 'options' and 'answer' from the question, or give the task the"
                + " kind choice in its task file.");
        assertThat(result.metric("Sea Knowledge").orElseThrow().unscored()).isEqualTo(2);
        assertThat(result.score().task(Task.LINGUISTIC_HABITS).orElseThrow().unscored()).isEqualTo(1);
    }

    @Test
    void mutantsAreMadeOfRubricTasksOnly() {
        EvaluationResult result = run(ScriptedJudge.scoring("scripted", key -> 4), suite(),
                new MutantSettings(true, 2, false));

        assertThat(result.mutants().orElseThrow().trials()).allSatisfy(trial -> assertThat(trial.answers())
                .allSatisfy(answer -> assertThat(answer.judged().task()).isEqualTo(Task.LINGUISTIC_HABITS)));
        assertThat(result.mutants().orElseThrow().answersJudged()).isPositive();
    }

    @Test
    void aTaskThresholdOfAJudgeFreeTaskIsOnItsOwnScale() {
        EvaluationResult result = run(ScriptedJudge.scoring("scripted", key -> 4), suite(), MutantSettings.OFF);
        var input = result.checkInput(() -> CheckOutcome.passed(Map.of()));

        CheckOutcome missed = new TaskScoreCheck("Sea Knowledge", 0.8).evaluate(input);
        assertThat(missed.status()).isEqualTo(CheckOutcome.Status.FAILED);
        assertThat(missed.message()).startsWith("<captain>: Sea Knowledge accuracy 0.67 is below the threshold 0.80"
                + " (95% Wilson interval [").contains(", 3 scored, 1 unscored)\nLowest answers:\n 1) sea-knowledge-2"
                + " [Harbour] 0.00\n    Q: What tells the time at sea?\n    A: The sextant, of course.\n    chose A"
                + " (Sextant); the right option is B (Barometer)\n 2) sea-knowledge-1 [Harbour] 1.00");
        assertThat(missed.missed()).hasValueSatisfying(m -> assertThat(m.expected()).isEqualTo("\u2265 0.80"));
        assertThat(new TaskScoreCheck("Sea Knowledge", 0.6).evaluate(input).status())
                .isEqualTo(CheckOutcome.Status.PASSED);
        assertThat(new TaskScoreCheck("Sea Lore", 0.9).evaluate(input).entries())
                .containsEntry("Sea Lore ROUGE-L F1", "1.00");
        assertThat(new TaskScoreCheck("Sea Knowledge", 3.0).evaluate(input).message())
                .contains("is outside its scale, 0\u20131");
        assertThat(new TaskScoreCheck(Task.LINGUISTIC_HABITS, 0.8).evaluate(input).message())
                .startsWith("The threshold 0.80 for task Linguistic Habits is below 1, the lowest rubric score");
        assertThat(new PersonaScoreCheck(OptionalDouble.of(3.0)).evaluate(input).status())
                .isEqualTo(CheckOutcome.Status.PASSED);
    }
}
