package io.github.personagym.evaluation;

import io.github.personagym.generation.SuiteGeneratorTest;
import io.github.personagym.judge.Judge;
import io.github.personagym.llm.UsageMeter;
import io.github.personagym.suite.Suite;
import io.github.personagym.suite.SuiteQuestion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.personagym.Persona;
import io.github.personagym.PersonaAgent;
import io.github.personagym.Task;
import io.github.personagym.judge.Answer;
import io.github.personagym.judge.ScoreExemplars;
import io.github.personagym.judge.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class PersonaEvaluationTest {

    static final Task ACTION = SuiteGeneratorTest.task(Task.EXPECTED_ACTION);
    static final Task HABITS = SuiteGeneratorTest.task(Task.LINGUISTIC_HABITS);
    static final Persona CAPTAIN = SuiteGeneratorTest.persona(List.of("Harbour"));
    static final PersonaAgent ECHO = question -> "Aye: " + question;

    @Test
    void agentErrorsAreNeverJudgedAndComeOutUnscored() {
        var judge = ScriptedJudge.scoring("scripted", key -> 4);
        PersonaAgent agent = question -> switch (question) {
            case "expected-action-2?" -> throw new IllegalStateException("agent down");
            case "expected-action-3?" -> "   ";
            default -> "Aye.";
        };

        var result = evaluation(judge).build().run(CAPTAIN, List.of(ACTION), suite(ACTION, 3), agent);

        assertThat(judge.judgedKeys()).containsExactly("expected-action-1");
        var thrown = result.question("expected-action-2").orElseThrow();
        assertThat(thrown.failed()).isTrue();
        assertThat(thrown.answer()).isEmpty();
        assertThat(thrown.judged().verdicts()).isEmpty();
        assertThat(thrown.score()).isEmpty();
        assertThat(thrown.problem()).hasValue("the agent gave no answer: IllegalStateException: agent down");
        assertThat(result.question("expected-action-3").orElseThrow().agentError())
                .hasValue("the agent returned a blank answer");
        assertThat(result.score().task(Task.EXPECTED_ACTION).orElseThrow())
                .satisfies(task -> assertThat(task.scored()).isEqualTo(1))
                .satisfies(task -> assertThat(task.unscored()).isEqualTo(2));
    }

    @Test
    void anAgentThatNeverAnswersCostsItsQuestionAndTheRestOfTheRunGoesOn() {
        var judge = ScriptedJudge.scoring("scripted", key -> 4);
        var interrupted = new CountDownLatch(1);
        PersonaAgent hangsOnce = question -> {
            if (question.equals("expected-action-2?")) {
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    interrupted.countDown();
                    while (interrupted.getCount() == 0) { // ignores the interruption: left behind, not waited for
                        java.util.concurrent.locks.LockSupport.parkNanos(1_000_000_000L);
                    }
                    return "never";
                }
            }
            return "Aye.";
        };

        var result = evaluation(judge).concurrency(1).agentTimeout(java.time.Duration.ofMillis(300)).build()
                .run(CAPTAIN, List.of(ACTION), suite(ACTION, 3), hangsOnce);

        var hung = result.question("expected-action-2").orElseThrow();
        assertThat(hung.failed()).isTrue();
        assertThat(hung.problem()).hasValueSatisfying(problem -> assertThat(problem)
                .contains("the agent did not answer in 0.3s").contains("personagym.agent.timeout"));
        assertThat(result.question("expected-action-1").orElseThrow().score()).hasValue(4.0);
        assertThat(result.question("expected-action-3").orElseThrow().score()).hasValue(4.0);
        assertThat(interrupted.getCount()).isZero();
    }

    @Test
    void anAgentThatThrowsAnErrorFailsItsQuestionAtOnceNamingTheErrorNotATimeout() {
        var judge = ScriptedJudge.scoring("scripted", key -> 4);
        PersonaAgent broken = question -> {
            throw new AssertionError("agent assertion");
        };

        var result = evaluation(judge).agentTimeout(java.time.Duration.ofSeconds(20)).build()
                .run(CAPTAIN, List.of(ACTION), suite(ACTION, 1), broken);

        assertThat(result.question("expected-action-1").orElseThrow().problem()).hasValueSatisfying(problem ->
                assertThat(problem).contains("agent assertion").doesNotContain("did not answer in"));
    }

    @Test
    void noMoreAnswersAndJudgeCallsThanTheBoundAreInFlight() {
        var inFlight = new AtomicInteger();
        var maxInFlight = new AtomicInteger();
        var threeInside = new CountDownLatch(3);
        PersonaAgent slowAgent = question -> {
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            threeInside.countDown();
            threeInside.await(5, TimeUnit.SECONDS);
            Thread.sleep(20);
            inFlight.decrementAndGet();
            return "Aye.";
        };
        var slowJudge = new ScriptedJudge("slow", answer -> {
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            sleep(20);
            inFlight.decrementAndGet();
            return Verdict.scored("slow", 3, "scripted");
        });

        evaluation(slowJudge).concurrency(3).batchSize(2).build()
                .run(CAPTAIN, List.of(ACTION, HABITS), suite(ACTION, 6, HABITS, 6), slowAgent);

        assertThat(maxInFlight.get()).isEqualTo(3);
    }

    @Test
    void questionsWaitingForASlotHoldNoThread() {
        var judge = ScriptedJudge.scoring("scripted", key -> 4);
        var started = new AtomicInteger();
        var threads = java.util.concurrent.Executors.newCachedThreadPool(task -> {
            started.incrementAndGet();
            Thread thread = new Thread(task, "counted-evaluation-thread");
            thread.setDaemon(true);
            return thread;
        });
        try {
            var result = evaluation(judge).concurrency(2).executor(threads).build()
                    .run(CAPTAIN, List.of(ACTION), suite(ACTION, 200), question -> "Aye.");

            assertThat(result.questions()).allSatisfy(q -> assertThat(q.score()).hasValue(4.0));
        } finally {
            threads.shutdownNow();
        }
        // 200 questions, 2 slots: a thread per waiting question started about 240 here (answers and exemplar batches)
        assertThat(started.get()).isLessThan(100);
    }

    @Test
    void everySlotOfASharedLimitIsBackWhenTheEvaluationEnds() {
        var slots = new CallSlots(1);
        var judge = ScriptedJudge.scoring("scripted", key -> 4);
        PersonaAgent agent = question -> "Aye.";

        var result = evaluation(judge).limit(slots).build().run(CAPTAIN, List.of(ACTION), suite(ACTION, 3), agent);

        assertThat(result.questions()).allSatisfy(q -> assertThat(q.score()).hasValue(4.0));
        assertThat(slots.free()).isEqualTo(1);
        assertThat(slots.waiting()).isZero();
    }

    @Test
    void anExecutorThatRunsTasksInPlaceDoesNotDeepenTheStackWithTheQueue() {
        var judge = ScriptedJudge.scoring("scripted", key -> 4);

        var result = evaluation(judge).concurrency(1).batchSize(1).executor(Runnable::run).build()
                .run(CAPTAIN, List.of(ACTION), suite(ACTION, 3000), question -> "Aye.");

        assertThat(result.questions()).hasSize(3000).allSatisfy(q -> assertThat(q.score()).hasValue(4.0));
    }

    @Test
    void exemplarsAreMadeWhileTheAgentAnswers() {
        var answering = new AtomicInteger();
        var exemplarsAsked = new CountDownLatch(1);
        var answeringWhenExemplarsWereAsked = Collections.synchronizedList(new ArrayList<Integer>());
        var anAnswerStarted = new CountDownLatch(1);
        PersonaAgent agent = question -> {
            answering.incrementAndGet();
            anAnswerStarted.countDown();
            boolean asked = exemplarsAsked.await(5, TimeUnit.SECONDS);
            answering.decrementAndGet();
            return asked ? "Aye." : "exemplars were not asked for while answering";
        };
        ExemplarSource source = (persona, task, questions) -> {
            // both start at once: give the answers a moment to begin, so that the count below is not a race
            awaitQuietly(anAnswerStarted);
            answeringWhenExemplarsWereAsked.add(answering.get());
            exemplarsAsked.countDown();
            return questions.stream().collect(Collectors.toMap(SuiteQuestion::key, q -> exemplars("made for " + q.key())));
        };
        var judge = ScriptedJudge.scoring("scripted", key -> 5);

        var result = evaluation(judge).exemplars(source).build().run(CAPTAIN, List.of(ACTION), suite(ACTION, 2), agent);

        assertThat(answeringWhenExemplarsWereAsked).first().asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.INTEGER)
                .isPositive();
        assertThat(judge.batches()).flatExtracting(batch -> batch).extracting(Answer::text).containsOnly("Aye.");
        assertThat(judge.batches()).flatExtracting(batch -> batch)
                .allSatisfy(answer -> assertThat(answer.exemplars()).get()
                        .satisfies(e -> assertThat(e.forScore(1)).isEqualTo("made for " + answer.questionKey())));
        assertThat(result.exemplarsAdded()).isTrue();
        assertThat(result.suite().questions()).allSatisfy(q -> assertThat(q.exemplars()).isPresent());
    }

    @Test
    void existingExemplarsAreKeptAndOnlyMissingOnesAreAskedFor() {
        var asked = Collections.synchronizedList(new ArrayList<String>());
        ExemplarSource source = (persona, task, questions) -> {
            questions.forEach(q -> asked.add(q.key()));
            return Map.of();
        };
        Suite suite = suite(ACTION, 2);
        suite = suite.withExemplars(Map.of("expected-action-1", exemplars("from the file")));
        var judge = ScriptedJudge.scoring("scripted", key -> 3);

        var result = evaluation(judge).exemplars(source).build().run(CAPTAIN, List.of(ACTION), suite, ECHO);

        assertThat(asked).containsExactly("expected-action-2");
        assertThat(result.exemplarsAdded()).isFalse();
        assertThat(judge.batches().get(0)).extracting(a -> a.exemplars().isPresent()).containsExactly(true, false);
    }

    @Test
    void failedExemplarsLeaveTheBatchJudgedWithoutThem() {
        var failures = Collections.synchronizedList(new ArrayList<String>());
        ExemplarSource broken = (persona, task, questions) -> {
            throw new IllegalStateException("generator offline");
        };
        ProgressListener listener = new ProgressListener() {
            @Override
            public void exemplarsFailed(String task, String problem) {
                failures.add(task + ": " + problem);
            }
        };
        var judge = ScriptedJudge.scoring("scripted", key -> 2);

        var result = evaluation(judge).exemplars(broken).progress(listener).build()
                .run(CAPTAIN, List.of(ACTION), suite(ACTION, 2), ECHO);

        assertThat(failures).containsExactly("Expected Action: IllegalStateException: generator offline");
        assertThat(judge.batches()).flatExtracting(batch -> batch).extracting(Answer::exemplars)
                .containsOnly(Optional.empty());
        assertThat(result.questions()).noneMatch(QuestionResult::failed);
    }

    @Test
    void eachQuestionIsHeardOfWhenItsOwnBatchIsJudgedBeforeTheEvaluationFinishes() {
        var heard = Collections.synchronizedList(new ArrayList<String>());
        ProgressListener listener = new ProgressListener() {
            @Override
            public void questionDone(QuestionResult result) {
                heard.add(result.key() + (result.score().isPresent() ? " scored" : " unscored"));
            }

            @Override
            public void finished(EvaluationResult result) {
                heard.add("finished");
            }
        };
        PersonaAgent agent = question -> {
            if (question.startsWith("linguistic-habits-1")) {
                throw new java.io.IOException("timeout");
            }
            return "Aye.";
        };

        evaluation(ScriptedJudge.scoring("a", key -> 4)).progress(listener).build()
                .run(CAPTAIN, List.of(ACTION, HABITS), suite(ACTION, 2, HABITS, 1), agent);

        assertThat(heard).containsExactlyInAnyOrder("expected-action-1 scored", "expected-action-2 scored",
                "linguistic-habits-1 unscored", "finished");
        assertThat(heard).last().isEqualTo("finished");
    }

    @Test
    void aJudgeWithoutScoreLeavesTheQuestionFailedAndUnscored() {
        var scoring = ScriptedJudge.scoring("a", key -> 5);
        var unparseable = new ScriptedJudge("b", answer -> answer.questionKey().endsWith("-1")
                ? Verdict.unparseable("b", "no score in the reply", "hmm") : Verdict.scored("b", 3, "scripted"));
        var throwing = new ScriptedJudge("c", answer -> {
            throw new IllegalStateException("judge crashed");
        });

        var result = evaluation(scoring, unparseable).build().run(CAPTAIN, List.of(ACTION), suite(ACTION, 2), ECHO);
        var crashed = evaluation(throwing).build().run(CAPTAIN, List.of(ACTION), suite(ACTION, 1), ECHO);

        var first = result.question("expected-action-1").orElseThrow();
        assertThat(first.failed()).isTrue();
        assertThat(first.score()).isEmpty();
        assertThat(first.problem()).hasValue("judge b gave no score (unparseable: no score in the reply)");
        assertThat(result.question("expected-action-2").orElseThrow().score()).hasValue(4.0);
        assertThat(crashed.questions().get(0).problem()).get().asString()
                .contains("judge c gave no score", "judge crashed");
    }

    @Test
    void verdictsAggregateToTaskScoresAndPersonaScore() {
        Map<String, Integer> second = Map.of("expected-action-1", 2, "expected-action-2", 4,
                "linguistic-habits-1", 5, "linguistic-habits-2", 1);
        var judgeA = ScriptedJudge.scoring("a", key -> 4);
        var judgeB = ScriptedJudge.scoring("b", second::get);
        PersonaAgent agent = question -> {
            if (question.startsWith("linguistic-habits-2")) {
                throw new java.io.IOException("timeout");
            }
            return "Aye.";
        };

        var result = evaluation(judgeA, judgeB).build()
                .run(CAPTAIN, List.of(ACTION, HABITS), suite(ACTION, 2, HABITS, 2), agent);

        // Expected Action: (4+2)/2 = 3 and (4+4)/2 = 4 → 3.5; Linguistic Habits: (4+5)/2 = 4.5, the other unscored.
        assertThat(result.score().task(Task.EXPECTED_ACTION).orElseThrow().score().getAsDouble()).isCloseTo(3.5, within(1e-9));
        assertThat(result.score().task(Task.LINGUISTIC_HABITS).orElseThrow().score().getAsDouble()).isCloseTo(4.5, within(1e-9));
        assertThat(result.score().value().getAsDouble()).isCloseTo(4.0, within(1e-9));
        assertThat(result.score().scored()).isEqualTo(3);
        assertThat(result.score().unscored()).isEqualTo(1);
        assertThat(result.score().tasks().keySet()).containsExactly(Task.EXPECTED_ACTION, Task.LINGUISTIC_HABITS);
    }

    @Test
    void judgesGetBatchesOfOneTaskNoLargerThanTheBatchSize() {
        var judge = ScriptedJudge.scoring("scripted", key -> 3);

        evaluation(judge).batchSize(2).build().run(CAPTAIN, List.of(ACTION, HABITS), suite(ACTION, 3, HABITS, 2), ECHO);

        assertThat(judge.batches()).hasSize(3).allSatisfy(batch -> {
            assertThat(batch).hasSizeLessThanOrEqualTo(2);
            assertThat(batch).extracting(a -> a.questionKey().replaceAll("-\\d+$", "")).containsOnly(
                    batch.get(0).questionKey().replaceAll("-\\d+$", ""));
        });
        assertThat(judge.judgedKeys()).hasSize(5);
    }

    @Test
    void worstListsLowestScoresFirstWithoutUnscoredOnes() {
        Map<String, Integer> scores = Map.of("expected-action-1", 4, "expected-action-2", 2, "expected-action-3", 5,
                "expected-action-4", 1, "expected-action-5", 2);
        var judge = ScriptedJudge.scoring("scripted", scores::get);
        PersonaAgent agent = question -> {
            if (question.startsWith("expected-action-4")) {
                throw new IllegalStateException("no answer");
            }
            return "Aye.";
        };

        var result = evaluation(judge).build().run(CAPTAIN, List.of(ACTION), suite(ACTION, 5), agent);

        assertThat(result.worst(Task.EXPECTED_ACTION, 3)).extracting(QuestionResult::key)
                .containsExactly("expected-action-2", "expected-action-5", "expected-action-1");
        assertThat(result.worst(Task.LINGUISTIC_HABITS, 3)).isEmpty();
    }

    @Test
    void theModelCallsOfEachPersonaAreCountedForItEvenWhenPersonasAreEvaluatedAtOnce() throws Exception {
        var meter = new io.github.personagym.llm.UsageMeter();
        var token = new dev.langchain4j.model.output.TokenUsage(10, 5);
        io.github.personagym.judge.Judge metered = new io.github.personagym.judge.Judge() {
            @Override
            public String id() {
                return "metered";
            }

            @Override
            public List<io.github.personagym.judge.Verdict> judge(Persona persona, Task task,
                                                                 List<io.github.personagym.judge.Answer> answers) {
                meter.recordCall("scripted:judge", 1, token);
                return answers.stream().map(a -> io.github.personagym.judge.Verdict.scored("metered", 4, "ok")).toList();
            }
        };
        PersonaAgent modelAgent = question -> {
            meter.recordCall("scripted:agent", 1, token);
            return "Aye.";
        };
        var nurse = io.github.personagym.Persona.of("nurse", "A paediatric nurse.");
        var evaluation = PersonaEvaluation.builder(List.of(metered)).batchSize(1).build();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var captainRun = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> evaluation.run(CAPTAIN, List.of(ACTION), suite(ACTION, 3), modelAgent), pool);
            var nurseRun = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> evaluation.run(nurse, List.of(ACTION), suite(ACTION, 2), modelAgent), pool);
            captainRun.get();
            nurseRun.get();
        } finally {
            pool.shutdownNow();
        }

        // per persona: one agent call and one judge call (batches of one) per question
        assertThat(meter.ofPersona(CAPTAIN.id()).calls()).isEqualTo(6);
        assertThat(meter.ofPersona("nurse").calls()).isEqualTo(4);
        assertThat(meter.total().calls()).isEqualTo(10);
    }

    private static PersonaEvaluation.Builder evaluation(ScriptedJudge... judges) {
        return PersonaEvaluation.builder(List.of(judges));
    }

    /** A suite with {@code count} questions per task; each question's text is its key and a question mark. */
    static Suite suite(Object... tasksAndCounts) {
        List<SuiteQuestion> questions = new ArrayList<>();
        for (int i = 0; i < tasksAndCounts.length; i += 2) {
            Task task = (Task) tasksAndCounts[i];
            String slug = task.name().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
            IntStream.rangeClosed(1, (Integer) tasksAndCounts[i + 1]).forEach(n -> questions.add(new SuiteQuestion(
                    slug + "-" + n, task.name(), "Harbour", slug + "-" + n + "?", Optional.empty(), 0)));
        }
        return new Suite("captain", "sha256:1", "scripted", List.of("Harbour"), questions, Optional.empty());
    }

    static ScoreExemplars exemplars(String text) {
        return new ScoreExemplars(List.of(text, text + " 2", text + " 3", text + " 4", text + " 5"), "scripted");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
