package io.github.personagym.report;

import io.github.personagym.gate.RegressionGate;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.personagym.Task;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTableTest {

    @TempDir
    Path dir;

    @Test
    void onePersonaPerRowWithAlignedFiguresAndTheReasonsOfEachFailure() {
        var captain = ScriptedRuns.persona("captain").threshold(3.5)
                .answers(Task.EXPECTED_ACTION, 4, 5).answers(Task.LINGUISTIC_HABITS, 3, 3).build();
        var nurse = ScriptedRuns.persona("nurse").threshold(3.0)
                .answers(Task.EXPECTED_ACTION, 2, 2).agentError(Task.LINGUISTIC_HABITS, "Greet me.", "agent down").build();
        var gate = new RegressionGate(dir.resolve("baseline.json"), 0.25, false);
        gate.check(captain);
        gate.check(nurse);

        var run = new ReportBuilder(gate).build(List.of(captain, nurse), Optional.empty(), Instant.EPOCH);

        assertThat(SummaryTable.render(run)).isEqualTo("""
                PersonaGym summary
                persona  Expected Action  Linguistic Habits  PersonaScore  threshold  vs baseline  result
                -------  ---------------  -----------------  ------------  ---------  -----------  ------
                captain             4.50               3.00          3.75       3.50         none  PASS
                nurse               2.00                n/a           n/a       3.00         none  FAIL
                FAIL nurse: no PersonaScore; 1 question unscored
                NOTE captain: not compared with a baseline: No baseline file %1$s for persona 'captain'. \
                Make one with: ./mvnw verify -Dpersonagym.baseline.update=true (then commit %1$s)
                NOTE nurse: not compared with a baseline: No baseline file %1$s for persona 'nurse'. \
                Make one with: ./mvnw verify -Dpersonagym.baseline.update=true (then commit %1$s)
                """.formatted(dir.resolve("baseline.json")));
    }

    @Test
    void baselineColumnShowsTheChangeOfThePersonaScore() {
        var gate = new RegressionGate(dir.resolve("baseline.json"), 0.25, true);
        gate.check(ScriptedRuns.persona("captain").answers(Task.EXPECTED_ACTION, 4, 4).build());
        gate.writeUpdates();
        var now = ScriptedRuns.persona("captain").answers(Task.EXPECTED_ACTION, 4, 5).build();
        var compare = new RegressionGate(dir.resolve("baseline.json"), 0.25, false);
        compare.check(now);

        var run = new ReportBuilder(compare).build(List.of(now), Optional.empty(), Instant.EPOCH);

        assertThat(SummaryTable.render(run)).contains("captain             4.50          4.50          -        +0.50  PASS");
    }

    @Test
    void anEntryNotWrittenOrNotComparableFailsThePersonaAndSaysWhy() {
        var gate = new RegressionGate(dir.resolve("baseline.json"), 0.25, true);
        gate.check(ScriptedRuns.persona("captain").answers(Task.EXPECTED_ACTION, 4, 4).build());
        gate.writeUpdates();
        var down = ScriptedRuns.persona("captain").outage(Task.EXPECTED_ACTION, 2).build();
        var update = new RegressionGate(dir.resolve("baseline.json"), 0.25, true);
        update.check(down);
        var compare = new RegressionGate(dir.resolve("baseline.json"), 0.25, false);
        compare.check(down);

        assertThat(SummaryTable.render(new ReportBuilder(update).build(List.of(down), Optional.empty(), Instant.EPOCH)))
                .contains("  not written  FAIL", "FAIL captain: no PersonaScore; 2 questions unscored; baseline entry not "
                        + "updated (scores missing)");
        assertThat(SummaryTable.render(new ReportBuilder(compare).build(List.of(down), Optional.empty(), Instant.EPOCH)))
                .contains("  not comparable  FAIL", "FAIL captain: no PersonaScore; 2 questions unscored; not comparable "
                        + "with the baseline: no score this run for Expected Action, PersonaScore");
    }
}
