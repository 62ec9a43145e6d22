package io.github.personagym.report;

import io.github.personagym.gate.GateResult;
import io.github.personagym.gate.RegressionGate;
import io.github.personagym.evaluation.PersonaRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.personagym.Task;
import io.github.personagym.config.ConfigKeys;
import io.github.personagym.metric.Choices;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The regression gate holds judge-free tasks too: their metrics (accuracy, ROUGE-L F1) are kept in the baseline and
 * compared on their own 0–1 scale, with their own tolerance ({@value ConfigKeys#BASELINE_METRIC_TOLERANCE}).
 */
class JudgeFreeRegressionTest {

    private static final Choices INSTRUMENTS = new Choices(List.of("Sextant", "Barometer", "Chronometer"), 1);
    private static final String RIGHT = "B) the barometer, lad.";
    private static final String WRONG = "The sextant.";
    private static final String LORE = "Red sky at night, sailor's delight; red sky at morning, sailors take warning.";

    @TempDir
    Path dir;

    private Path baseline() {
        return dir.resolve("baseline.json");
    }

    /** The captain with ten multiple-choice questions, {@code right} of them answered rightly, and one reference. */
    private static PersonaRun captain(int right, String loreReply) {
        ScriptedRuns run = ScriptedRuns.persona("captain").answers(Task.EXPECTED_ACTION, 4, 4, 4);
        for (int i = 1; i <= 10; i++) {
            run.choice("Sea Knowledge", "Which instrument warns of a storm, " + i + "?", INSTRUMENTS,
                    i <= right ? RIGHT : WRONG);
        }
        return run.reference("Sea Lore", "Finish the rhyme: red sky at night", LORE, loreReply).build();
    }

    private void writeBaseline(PersonaRun run) {
        var gate = new RegressionGate(baseline(), 0.25, true);
        assertThat(gate.check(run).status()).isEqualTo(GateResult.Status.WRITTEN);
        gate.writeUpdates();
    }

    private GateResult check(PersonaRun run) {
        return new RegressionGate(baseline(), 0.25, ConfigKeys.DEFAULT_BASELINE_METRIC_TOLERANCE, false).check(run);
    }

    @Test
    void theBaselineKeepsEachJudgeFreeTasksMetricWithItsIntervalAndTheMeasuredAnswers() throws IOException {
        writeBaseline(captain(10, LORE));

        JsonNode entry = ReportJsonTest.JSON.readTree(baseline().toFile()).at("/personas/captain");
        assertThat(entry.at("/metrics/Sea Knowledge/metric").asText()).isEqualTo("accuracy");
        assertThat(entry.at("/metrics/Sea Knowledge/score").asDouble()).isEqualTo(1.0);
        assertThat(entry.at("/metrics/Sea Knowledge/ci")).hasSize(2);
        assertThat(entry.at("/metrics/Sea Lore/metric").asText()).isEqualTo("ROUGE-L F1");
        assertThat(entry.at("/metrics/Sea Lore/score").asDouble()).isEqualTo(1.0);
        assertThat(entry.at("/tasks").fieldNames()).toIterable().containsExactly(Task.EXPECTED_ACTION);
        assertThat(entry.at("/questions/sea-knowledge-1").asDouble()).isEqualTo(1.0);
    }

    @Test
    void anAccuracyDropBeyondTheMetricToleranceFailsNamingTheTaskTheMetricAndTheAnswersThatTurnedWrong() {
        writeBaseline(captain(10, LORE));

        GateResult result = check(captain(6, LORE));

        assertThat(result.status()).isEqualTo(GateResult.Status.REGRESSED);
        assertThat(result.message())
                .startsWith("captain: regression against the baseline " + baseline() + " (metric tolerance 0.05 on 0\u20131):")
                .contains("\n  Sea Knowledge accuracy 1.00 \u2192 0.60, dropped by 0.40; the baseline is above the current"
                        + " 95% Wilson interval [")
                .doesNotContain("Sea Lore ROUGE-L F1 1.00", "Expected Action 4.00", "PersonaScore 4.00")
                .contains("Answers that changed most:\n 1) sea-knowledge-7 [Sea Knowledge, Harbour] 1.00 \u2192 0.00 (-1.00)")
                .contains("A: The sextant.");
    }

    @Test
    void reportJsonHoldsTheMetricsComparisonOnItsScaleAndMatchesTheSchema() throws IOException {
        writeBaseline(captain(10, LORE));
        var gate = new RegressionGate(baseline(), 0.25, 0.05, false);
        PersonaRun run = captain(6, LORE);
        gate.check(run);

        new Reports(dir.resolve("out"), java.time.Clock.systemUTC()).write(List.of(run), gate, java.util.Optional.empty());

        JsonNode report = ReportJsonTest.JSON.readTree(dir.resolve("out/report.json").toFile());
        assertThat(ReportJsonTest.validate(report)).isEmpty();
        assertThat(report.at("/baseline/metricTolerance").asDouble()).isEqualTo(0.05);
        JsonNode accuracy = report.at("/baseline/personas/captain/scores/Sea Knowledge accuracy");
        assertThat(accuracy.get("baseline").asDouble()).isEqualTo(1.0);
        assertThat(accuracy.get("current").asDouble()).isEqualTo(0.6);
        assertThat(accuracy.get("change").asText()).isEqualTo("regressed");
        assertThat(report.at("/baseline/personas/captain/changedAnswers/0/task").asText()).isEqualTo("Sea Knowledge");
    }

    @Test
    void aRougeDropBeyondTheMetricToleranceFailsTooAndSmallDropsPass() {
        writeBaseline(captain(10, LORE));

        GateResult dropped = check(captain(10, "Red sky at morning, lad."));
        GateResult steady = check(captain(10, LORE));

        assertThat(dropped.status()).isEqualTo(GateResult.Status.REGRESSED);
        assertThat(dropped.message()).contains("Sea Lore ROUGE-L F1 1.00 \u2192 0.")
                .contains("; no interval this run");
        assertThat(steady.status()).isEqualTo(GateResult.Status.STEADY);
        assertThat(steady.message()).isEqualTo("captain: no score dropped by more than 0.25 (0.05 for the judge-free"
                + " metrics) outside its interval");
    }

    @Test
    void aDropWithinTheMetricToleranceIsNotARegressionThoughItWouldBeOnTheRubricsScaleItIsNot() {
        writeBaseline(captain(10, LORE));

        GateResult result = new RegressionGate(baseline(), 0.25, 0.5, false).check(captain(6, LORE));

        assertThat(result.status()).isEqualTo(GateResult.Status.STEADY);
    }

    @Test
    void aBaselineWithoutTheMetricsHoldsThemAsNewTasks() {
        writeBaseline(ScriptedRuns.persona("captain").answers(Task.EXPECTED_ACTION, 4, 4, 4).build());

        GateResult result = check(captain(2, "nothing"));

        assertThat(result.status()).isEqualTo(GateResult.Status.STEADY);
        assertThat(result.reportEntries()).containsEntry("Sea Knowledge accuracy", "n/a \u2192 0.20 (new)");
    }

    @Test
    void anEntryIsNotReplacedByOneWhoseMetricHasNoValue() {
        writeBaseline(captain(10, LORE));
        ScriptedRuns unread = ScriptedRuns.persona("captain").answers(Task.EXPECTED_ACTION, 4, 4, 4);
        for (int i = 1; i <= 3; i++) {
            unread.choice("Sea Knowledge", "Which instrument, " + i + "?", INSTRUMENTS, "My bones, lad.");
        }

        var gate = new RegressionGate(baseline(), 0.25, true);
        GateResult result = gate.check(unread.build());

        assertThat(result.status()).isEqualTo(GateResult.Status.NOT_WRITTEN);
        assertThat(result.message()).contains("no score for Sea Knowledge accuracy");
    }

    @Test
    void theDocsGiveTheMetricTolerancesDefaultAsConfigKeysDeclaresIt() throws IOException {
        String value = "`" + ConfigKeys.DEFAULT_BASELINE_METRIC_TOLERANCE + "`";

        assertThat(java.nio.file.Files.readString(Path.of("..", "docs", "configuration.md")))
                .contains("| `" + ConfigKeys.BASELINE_METRIC_TOLERANCE + "` | " + value + " |");
        assertThat(java.nio.file.Files.readString(Path.of("..", "docs", "reports.md")))
                .contains("`" + ConfigKeys.BASELINE_METRIC_TOLERANCE + "`, default " + value);
    }

    @Test
    void aMetricToleranceOffTheZeroToOneScaleIsRefusedNamingTheKey() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RegressionGate(baseline(), 0.25, 2, false))
                .withMessageStartingWith(ConfigKeys.BASELINE_METRIC_TOLERANCE + " is a drop on the 0 to 1 scale");
    }
}
