package io.github.personagym.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.personagym.Task;
import io.github.personagym.llm.UsageMeter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    final List<String> lines = new ArrayList<>();
    final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    final UsageMeter.Usage usage = new UsageMeter.Usage(12, 3_000, 9_500, 0, 0);

    ConsoleProgress progress(Optional<UsageMeter.Usage> metered) {
        return new ConsoleProgress(lines::add, nanos::get, Duration.ofSeconds(5), () -> metered);
    }

    void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }

    @Test
    void manyCallsWithinTheIntervalGiveNoMoreThanTheStepLines() {
        var run = ScriptedRuns.persona("captain").answers(Task.EXPECTED_ACTION, 4, 4).build();
        ConsoleProgress progress = progress(Optional.of(usage));

        progress.started(run.result().persona(), 400);
        for (int i = 1; i <= 400; i++) {
            advance(Duration.ofMillis(5));
            progress.answered(i, 400);
            progress.judged(i / 2, 400);
        }

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("[personagym] captain: evaluating 400 questions \u00b7 run so far: 12 model calls, 12.5k tokens");
        assertThat(lines.get(1)).isEqualTo("[personagym] captain: all answers in \u00b7 answered 400/400 \u00b7 judged 199/400"
                + " \u00b7 ETA 0:00 \u00b7 run so far: 12 model calls, 12.5k tokens");
    }

    @Test
    void betweenStepsAtMostOneLinePerInterval() {
        var run = ScriptedRuns.persona("captain").answers(Task.EXPECTED_ACTION, 4, 4).build();
        ConsoleProgress progress = progress(Optional.empty());
        progress.started(run.result().persona(), 100);

        for (int i = 1; i <= 99; i++) {
            advance(Duration.ofMillis(200));
            progress.answered(i, 100);
        }

        // 99 events over 19.8 s: a line at 5 s, 10 s and 15 s
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).as("12.5% done: too early for an estimate")
                .isEqualTo("[personagym] captain: answering \u00b7 answered 25/100 \u00b7 judged 0/100");
        assertThat(lines.get(3)).isEqualTo("[personagym] captain: answering \u00b7 answered 75/100 \u00b7 judged 0/100"
                + " \u00b7 ETA 0:25");
    }

    @Test
    void finishedLineGivesTimeScoreAndUnscoredCount() {
        var run = ScriptedRuns.persona("captain").answers(Task.EXPECTED_ACTION, 4, 5)
                .agentError(Task.EXPECTED_ACTION, "Now what?", "agent down").build();
        ConsoleProgress progress = progress(Optional.of(UsageMeter.Usage.NONE));
        progress.started(run.result().persona(), 3);
        advance(Duration.ofSeconds(75));

        progress.finished(run.result());

        assertThat(lines).last().isEqualTo("[personagym] captain: done in 1:15, PersonaScore 4.50, 1 unscored"
                + " \u00b7 no model calls in the run");
    }

    @Test
    void eachPersonasLinesCountItsOwnCallsBesideTheRunsSoFar() {
        var meter = new UsageMeter();
        var captain = ScriptedRuns.persona("captain").answers(Task.EXPECTED_ACTION, 4, 4).build();
        var nurse = ScriptedRuns.persona("nurse").answers(Task.EXPECTED_ACTION, 4, 4).build();
        UsageMeter.attributedTo("captain", () -> meter.recordCall("openai:j", 100,
                new dev.langchain4j.model.output.TokenUsage(40, 10))).run();
        for (int i = 0; i < 3; i++) {
            UsageMeter.attributedTo("nurse", () -> meter.recordCall("openai:j", 100,
                    new dev.langchain4j.model.output.TokenUsage(40, 10))).run();
        }
        var perPersona = new ConsoleProgress(lines::add, nanos::get, Duration.ofSeconds(5),
                () -> Optional.of(meter.total()), id -> Optional.of(meter.ofPersona(id)));

        perPersona.started(captain.result().persona(), 4);
        perPersona.started(nurse.result().persona(), 4);

        assertThat(lines).containsExactly(
                "[personagym] captain: evaluating 4 questions \u00b7 captain: 1 model call, 50 tokens"
                        + " \u00b7 run so far: 4 model calls, 200 tokens",
                "[personagym] nurse: evaluating 4 questions \u00b7 nurse: 3 model calls, 150 tokens"
                        + " \u00b7 run so far: 4 model calls, 200 tokens");
    }
}
