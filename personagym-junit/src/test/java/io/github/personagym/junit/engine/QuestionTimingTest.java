package io.github.personagym.junit.engine;

import static io.github.personagym.junit.engine.EngineTestSupport.kit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.personagym.Persona;
import io.github.personagym.Task;
import io.github.personagym.judge.Answer;
import io.github.personagym.judge.Judge;
import io.github.personagym.judge.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/**
 * A question test starts when the tree reaches it and finishes when its own answer is judged, so that the durations a
 * build tool shows are real: with a judge that is slow for one task, the other task's questions finish first.
 */
class QuestionTimingTest {

    private static final Duration FAST = Duration.ofMillis(200);
    private static final Duration SLOW = Duration.ofMillis(1200);

    @TempDir
    Path suites;
    @TempDir
    Path reports;
    final ScriptedServices services = new ScriptedServices();
    /** When the judge returned its verdicts, by task. */
    final Map<String, Instant> judgedAt = new ConcurrentHashMap<>();

    @BeforeEach
    void slowJudgeForLinguisticHabits() {
        EngineTestSupport.writeSuites(suites);
        services.judge = new Judge() {
            @Override
            public String id() {
                return "slow-judge";
            }

            @Override
            public List<Verdict> judge(Persona persona, Task task, List<Answer> answers) {
                sleep(task.name().equals("Linguistic Habits") ? SLOW : FAST);
                List<Verdict> verdicts = ScriptedServices.KEYWORD_JUDGE.judge(persona, task, answers);
                judgedAt.merge(task.name(), Instant.now(), (a, b) -> a.isAfter(b) ? a : b);
                return verdicts;
            }
        };
    }

    @Test
    void aQuestionFinishesWhenItsOwnAnswerIsJudgedAndItsDurationIsTheWait() {
        EngineExecutionResults results = kit(services, suites, reports)
                .selectors(selectClass(Fixtures.InCharacter.class)).execute();
        results.testEvents().assertStatistics(stats -> stats.started(5).succeeded(5).skipped(1));

        Map<String, Event> started = byName(results, EventType.STARTED);
        Map<String, Event> finished = byName(results, EventType.FINISHED);
        String expectedAction = "captain \u203A Wedding \u203A Expected Action \u203A expected-action-1";
        String habits = "captain \u203A Wedding \u203A Linguistic Habits \u203A linguistic-habits-1";

        // the fast task's first question is reported before the slow task is judged, not when the persona is done
        assertThat(finished.get(expectedAction).getTimestamp()).isBefore(judgedAt.get("Linguistic Habits"));
        assertThat(finished.get(habits).getTimestamp()).isAfterOrEqualTo(judgedAt.get("Linguistic Habits"));
        // each waited on the judge while it ran: neither is ~0
        assertThat(duration(started, finished, expectedAction)).isGreaterThanOrEqualTo(FAST.dividedBy(2));
        assertThat(duration(started, finished, habits)).isGreaterThanOrEqualTo(SLOW.minus(FAST).dividedBy(2));
    }

    @Test
    void noTestIsLongerThanTheRunAndTheQuestionsAddUpToNoMoreThanIt() {
        EngineExecutionResults results = kit(services, suites, reports)
                .selectors(selectClass(Fixtures.InCharacter.class)).execute();

        Map<String, Event> started = byName(results, EventType.STARTED);
        Map<String, Event> finished = byName(results, EventType.FINISHED);
        Duration run = duration(started, finished, "PersonaGym");
        Duration questions = Duration.ZERO;
        for (String test : results.testEvents().started().map(e -> e.getTestDescriptor().getDisplayName()).toList()) {
            assertThat(duration(started, finished, test)).as(test).isLessThanOrEqualTo(run);
            if (test.contains("\u203A linguistic-habits-") || test.contains("\u203A expected-action-")) {
                questions = questions.plus(duration(started, finished, test));
            }
        }
        assertThat(questions).isLessThanOrEqualTo(run).isGreaterThanOrEqualTo(SLOW.dividedBy(2));
    }

    @Test
    void questionsOfASuiteMadeInTheRunAlsoFinishAsTheyAreJudged() throws Exception {
        Files.delete(suites.resolve("captain.suite.yaml"));
        services.withGenerator = true;

        EngineExecutionResults results = kit(services, suites, reports)
                .selectors(selectClass(Fixtures.InCharacter.class)).execute();

        results.testEvents().assertStatistics(stats -> stats.started(5).succeeded(5));
        Map<String, Event> finished = byName(results, EventType.FINISHED);
        Instant firstQuestion = finished.entrySet().stream().filter(e -> e.getKey().contains("Expected Action \u203A"))
                .map(e -> e.getValue().getTimestamp()).min(Instant::compareTo).orElseThrow();
        assertThat(firstQuestion).isBefore(judgedAt.get("Linguistic Habits"));
    }

    private static Map<String, Event> byName(EngineExecutionResults results, EventType type) {
        return results.allEvents().stream().filter(e -> e.getType() == type)
                .collect(Collectors.toMap(e -> e.getTestDescriptor().getDisplayName(), e -> e, (a, b) -> a));
    }

    private static Duration duration(Map<String, Event> started, Map<String, Event> finished, String name) {
        assertThat(started).containsKey(name);
        assertThat(finished).containsKey(name);
        return Duration.between(started.get(name).getTimestamp(), finished.get(name).getTimestamp());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
