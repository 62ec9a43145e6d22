package io.github.personagym.evaluation;

import io.github.personagym.suite.ConversationTurn;
import io.github.personagym.suite.Suite;
import io.github.personagym.suite.SuiteQuestion;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.personagym.ConversationalAgent;
import io.github.personagym.PersonaAgent;
import io.github.personagym.Task;
import io.github.personagym.TaskKind;
import io.github.personagym.Turn;
import io.github.personagym.judge.Answer;
import io.github.personagym.judge.Verdict;
import io.github.personagym.mutants.MutantSettings;
import io.github.personagym.plan.CheckOutcome;
import io.github.personagym.plan.DriftCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Dialogue questions are asked and judged after their written context; conversation turns are asked one after the
 * other with the agent's own answers as history, judged with that history, and give a score per turn and a drift.
 */
@Timeout(30)
public class ConversationalTasksTest {

    public static final List<String> CRITERIA = List.of("Out of character.", "Mostly out.", "Mixed.", "Mostly in.",
            "In character throughout.");
    static final Task MEMORY = new Task("Dialogue Memory", "Remembers what was said.", "Ask about earlier turns.",
            CRITERIA, false, TaskKind.DIALOGUE);
    static final Task VOYAGE = new Task("Long Voyage", "Stays the captain over a long talk.", "Talk at length.",
            CRITERIA, false, TaskKind.CONVERSATION);
    static final List<Turn> CONTEXT = List.of(Turn.user("My name is Ada."), Turn.persona("Welcome aboard, Ada."));

    /** A conversational agent that remembers every history it was given, and answers with the turn it is on. */
    private final List<List<Turn>> histories = new CopyOnWriteArrayList<>();
    private final ConversationalAgent agent = (history, message) -> {
        histories.add(history);
        return "Aye (after " + history.size() + " turns): " + message;
    };

    static Suite suite(int turns) {
        List<SuiteQuestion> questions = new ArrayList<>();
        questions.add(new SuiteQuestion("memory-1", MEMORY.name(), "Harbour", "What is my name?", Optional.empty(), 0,
                Optional.empty(), CONTEXT, Optional.empty()));
        IntStream.rangeClosed(1, turns).forEach(n -> questions.add(new SuiteQuestion(
                ConversationTurn.key("voyage", n), VOYAGE.name(), "Harbour", "Message " + n, Optional.empty(), 0,
                Optional.empty(), List.of(), Optional.of(new ConversationTurn("voyage", n, turns)))));
        return new Suite("captain", "sha256:1", "hand-written", List.of("Harbour"), questions, Optional.empty());
    }

    private EvaluationResult run(ScriptedJudge judge, Suite suite, PersonaAgent agentUnderTest) {
        return PersonaEvaluation.builder(List.of(judge)).batchSize(3).mutants(MutantSettings.OFF).build()
                .run(PersonaEvaluationTest.CAPTAIN, List.of(MEMORY, VOYAGE), suite, agentUnderTest);
    }

    /** Scores turn n of the voyage with {@code scores[n - 1]}, anything else 4. */
    private static ScriptedJudge judge(int... scores) {
        return ScriptedJudge.scoring("scripted", key -> key.startsWith("voyage-turn-")
                ? scores[Integer.parseInt(key.substring("voyage-turn-".length())) - 1] : 4);
    }

    @Test
    void aDialogueQuestionIsAskedAfterItsContextAndJudgedWithIt() {
        var judge = judge(4, 4);

        EvaluationResult result = run(judge, suite(2), agent);

        assertThat(histories).contains(CONTEXT);
        Answer judged = judge.batches().stream().flatMap(List::stream).filter(a -> a.questionKey().equals("memory-1"))
                .findFirst().orElseThrow();
        assertThat(judged.context()).isEqualTo(CONTEXT);
        assertThat(result.score().tasks()).containsKeys(MEMORY.name(), VOYAGE.name());
    }

    @Test
    void eachTurnIsAskedWithTheUsersEarlierMessagesAndTheAgentsOwnAnswersAndJudgedWithThatHistory() {
        var judge = judge(5, 5, 5);

        run(judge, suite(3), agent);

        List<Turn> third = List.of(Turn.user("Message 1"), Turn.persona("Aye (after 0 turns): Message 1"),
                Turn.user("Message 2"), Turn.persona("Aye (after 2 turns): Message 2"));
        assertThat(histories).contains(List.of(), third);
        Answer judgedThird = judge.batches().stream().flatMap(List::stream)
                .filter(a -> a.questionKey().equals("voyage-turn-3")).findFirst().orElseThrow();
        assertThat(judgedThird.context()).isEqualTo(third);
    }

    @Test
    void aPlainPersonaAgentReadsTheHistoryWrittenBeforeItsQuestion() {
        List<String> asked = new CopyOnWriteArrayList<>();
        PersonaAgent plain = question -> {
            asked.add(question);
            return "Aye, lad.";
        };

        run(judge(4, 4), suite(2), plain);

        assertThat(asked).anySatisfy(q -> assertThat(q).contains("Me: My name is Ada.").endsWith("What is my name?"))
                .anySatisfy(q -> assertThat(q).contains("Me: Message 1", "You: Aye, lad.").endsWith("Message 2"));
    }

    @Test
    void theResultHasAScorePerTurnAndTheDriftOfLateTurnsAgainstEarlyOnes() {
        EvaluationResult result = run(judge(5, 5, 4, 4, 3, 3, 2, 2), suite(8), agent);

        var voyage = result.conversation(VOYAGE.name()).orElseThrow();
        assertThat(voyage.turns()).extracting(t -> t.score().getAsDouble()).containsExactly(5.0, 5.0, 4.0, 4.0, 3.0,
                3.0, 2.0, 2.0);
        assertThat(voyage.drift().early()).containsExactly(1, 2, 3, 4);
        assertThat(voyage.drift().late()).containsExactly(5, 6, 7, 8);
        assertThat(voyage.drift().value()).hasValue(2.5 - 4.5);
        assertThat(voyage.drift().ci()).hasValueSatisfying(ci -> assertThat(ci.contains(-2.0)).isTrue());
        assertThat(result.score().task(VOYAGE.name()).orElseThrow().score()).hasValue(3.5);
    }

    @Test
    void aDriftPastTheThresholdFailsTheCheckSayingByHowMuchAndWhichKeyAllowsMore() {
        EvaluationResult result = run(judge(5, 5, 4, 4, 3, 3, 2, 2), suite(8), agent);

        CheckOutcome outcome = new DriftCheck(VOYAGE.name(), 1.0).evaluate(result.checkInput(() -> null));

        assertThat(outcome.status()).isEqualTo(CheckOutcome.Status.FAILED);
        assertThat(outcome.message()).contains("Expecting the drift of task Long Voyage of <captain>",
                "late turns 5\u20138 minus early turns 1\u20134", "at least -1.00 but was -2.00",
                "Turn scores: 1: 5.00, 2: 5.00", "personagym.threshold.drift-drop");
    }

    @Test
    void aDriftWithinTheThresholdPasses() {
        EvaluationResult result = run(judge(4, 4, 4, 5, 4, 3, 4, 4), suite(8), agent);

        CheckOutcome outcome = new DriftCheck(VOYAGE.name(), 0.5).evaluate(result.checkInput(() -> null));

        assertThat(outcome.status()).isEqualTo(CheckOutcome.Status.PASSED);
        assertThat(outcome.entries()).containsEntry("Long Voyage drift", "-0.50");
    }

    @Test
    void withNoScoredLateTurnThereIsNoDriftAndTheCheckIsAbortedSayingWhy() {
        var judge = new ScriptedJudge("scripted", answer -> answer.questionKey().matches("voyage-turn-[34]")
                ? Verdict.abstained("scripted", "cannot tell") : Verdict.scored("scripted", 4, "scripted"));

        EvaluationResult result = run(judge, suite(4), agent);

        var drift = result.conversation(VOYAGE.name()).orElseThrow().drift();
        assertThat(drift.value()).isEmpty();
        assertThat(drift.why()).hasValueSatisfying(why -> assertThat(why).contains("late turns 3\u20134"));
        CheckOutcome outcome = new DriftCheck(VOYAGE.name(), 1.0).evaluate(result.checkInput(() -> null));
        assertThat(outcome.status()).isEqualTo(CheckOutcome.Status.ABORTED);
        assertThat(outcome.message()).contains("No drift figure", "never read as 0", "personagym.judges");
    }

    @Test
    void whenATurnGetsNoAnswerTheConversationStopsAndItsLaterTurnsSayWhy() {
        ConversationalAgent failsOnTurnTwo = (history, message) -> {
            if (message.equals("Message 2")) {
                throw new IllegalStateException("lost the thread");
            }
            return "Aye.";
        };

        EvaluationResult result = run(judge(4, 4, 4), suite(3), failsOnTurnTwo);

        assertThat(result.question("voyage-turn-1").orElseThrow().score()).hasValue(4);
        assertThat(result.question("voyage-turn-2").orElseThrow().agentError()).hasValueSatisfying(
                error -> assertThat(error).contains("lost the thread"));
        assertThat(result.question("voyage-turn-3").orElseThrow().agentError()).hasValueSatisfying(
                error -> assertThat(error).contains("not asked", "conversation 'voyage'"));
    }

    @Test
    void aQuestionWhoseEarlierTurnsDoNotFitItsTaskIsNotAskedAndSaysWhatToChange() {
        List<SuiteQuestion> questions = new ArrayList<>(suite(2).questions());
        questions.add(new SuiteQuestion("memory-2", MEMORY.name(), "Harbour", "And now?", Optional.empty(), 7));
        Suite suite = new Suite("captain", "sha256:1", "hand-written", List.of("Harbour"), questions, Optional.empty());

        EvaluationResult result = run(judge(4, 4), suite, agent);

        assertThat(result.question("memory-2").orElseThrow().problem()).hasValueSatisfying(problem -> assertThat(problem)
                .contains("question 'memory-2' (line 7 of the suite file)", "kind dialogue", "no 'context'"));
    }
}
