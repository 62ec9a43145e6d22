package io.github.personagym.gate;

import io.github.personagym.evaluation.PersonaRun;
import io.github.personagym.report.ScriptedRuns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.personagym.Task;
import io.github.personagym.score.ConfidenceInterval;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegressionGateTest {

    static final String HABITS = Task.LINGUISTIC_HABITS;
    static final String ACTION = Task.EXPECTED_ACTION;

    @TempDir
    Path dir;

    Path baseline() {
        return dir.resolve("personagym/baseline.json");
    }

    GateResult writeBaseline(PersonaRun run) {
        var gate = new RegressionGate(baseline(), 0.25, true);
        GateResult result = gate.check(run);
        gate.writeUpdates();
        return result;
    }

    GateResult check(PersonaRun run) {
        return new RegressionGate(baseline(), 0.25, false).check(run);
    }

    @Test
    void dropBeyondToleranceAndOutsideTheIntervalFailsNamingTaskScoresAndTheAnswersThatChangedMost() {
        writeBaseline(ScriptedRuns.persona("captain").answers(HABITS, 5, 5, 5, 5, 5).answers(ACTION, 4, 4, 4).build());

        GateResult result = check(ScriptedRuns.persona("captain").answers(HABITS, 1, 2, 2, 4, 5)
                .answers(ACTION, 4, 4, 4).build());

        assertThat(result.status()).isEqualTo(GateResult.Status.REGRESSED);
        assertThat(result.failed()).isTrue();
        assertThat(result.message())
                .startsWith("captain: regression against the baseline " + baseline() + " (tolerance 0.25):")
                .contains("Linguistic Habits 5.00 \u2192 2.80, dropped by 2.20; the baseline is above the current 95% CI [")
                .doesNotContain("Expected Action 4.00")
                .contains("Answers that changed most:\n 1) linguistic-habits-1 [Linguistic Habits, Harbour] 5.00 \u2192 1.00 (-4.00)")
                .contains("2) linguistic-habits-2 [Linguistic Habits, Harbour] 5.00 \u2192 2.00 (-3.00)")
                .contains("3) linguistic-habits-3 ")
                .doesNotContain("linguistic-habits-4")
                .contains("Q: Linguistic Habits question 1?", "A: Aye, answer 1")
                .endsWith("accept it with ./mvnw verify -Dpersonagym.baseline.update=true");
    }

    @Test
    void scoresOfOtherJudgesAreNotComparedWithTheBaseline() {
        writeBaseline(ScriptedRuns.persona("captain").answer(HABITS, "Greet the crew.", "Aye.", 5).build());

        GateResult result = check(ScriptedRuns.persona("captain").answer(HABITS, "Greet the crew.", "Hello.", 1, 1)
                .build());

        assertThat(result.status()).isEqualTo(GateResult.Status.MISSING);
        assertThat(result.failed()).isFalse();
        assertThat(result.message()).contains("was made with the judges [scripted:judge-a]",
                "this run's judges are [scripted:judge-a, scripted:judge-b]", "not compared",
                "-Dpersonagym.baseline.update=true");
    }

    @Test
    void dropBeyondToleranceInsideTheIntervalIsNoise() {
        writeBaseline(ScriptedRuns.persona("captain").answers(HABITS, 4, 4, 4, 4).build());

        GateResult result = check(ScriptedRuns.persona("captain").answers(HABITS, 5, 5, 1, 3).build());

        assertThat(result.status()).isEqualTo(GateResult.Status.STEADY);
        assertThat(result.failed()).isFalse();
        assertThat(result.reportEntries()).containsEntry(HABITS, "4.00 \u2192 3.50 (-0.50, steady)");
    }

    @Test
    void dropWithinTheToleranceIsNoRegressionEvenOutsideTheInterval() {
        writeBaseline(ScriptedRuns.persona("captain").answers(HABITS, 4, 4, 4, 4).build());

        GateResult result = check(ScriptedRuns.persona("captain").answers(HABITS, 4, 4, 4, 3).build());

        assertThat(result.status()).isEqualTo(GateResult.Status.STEADY);
    }

    @Test
    void improvementPassesAndIsReported() {
        writeBaseline(ScriptedRuns.persona("captain").answers(HABITS, 2, 2, 2, 2).build());

        GateResult result = check(ScriptedRuns.persona("captain").answers(HABITS, 4, 4, 4, 4).build());

        assertThat(result.status()).isEqualTo(GateResult.Status.IMPROVED);
        assertThat(result.failed()).isFalse();
        assertThat(result.message()).contains("captain: improved on the baseline: Linguistic Habits 2.00 \u2192 4.00 (+2.00, improved)");
        assertThat(result.reportEntries()).containsEntry("PersonaScore", "2.00 \u2192 4.00 (+2.00, improved)");
    }

    @Test
    void missingBaselineFileIsASkipWithTheCommandToMakeOne() {
        GateResult result = check(ScriptedRuns.persona("captain").answers(HABITS, 4).build());

        assertThat(result.status()).isEqualTo(GateResult.Status.MISSING);
        assertThat(result.failed()).isFalse();
        assertThat(result.message()).isEqualTo("No baseline file " + baseline() + " for persona 'captain'. Make one with: "
                + "./mvnw verify -Dpersonagym.baseline.update=true (then commit " + baseline() + ")");
    }

    @Test
    void personaMissingFromTheBaselineIsASkipWithTheCommand() {
        writeBaseline(ScriptedRuns.persona("nurse").answers(HABITS, 4).build());

        GateResult result = check(ScriptedRuns.persona("captain").answers(HABITS, 4).build());

        assertThat(result.status()).isEqualTo(GateResult.Status.MISSING);
        assertThat(result.message()).contains("has no entry 'captain' for this persona",
                "./mvnw verify -Dpersonagym.baseline.update=true");
    }

    @Test
    void updatingWritesThisPersonaAndKeepsTheOthersWithoutLeavingTemporaryFiles() throws IOException {
        writeBaseline(ScriptedRuns.persona("nurse").answers(HABITS, 3, 3).build());

        GateResult result = writeBaseline(ScriptedRuns.persona("captain").answers(HABITS, 4, 5).build());

        assertThat(result.status()).isEqualTo(GateResult.Status.WRITTEN);
        assertThat(result.failed()).isFalse();
        assertThat(result.message()).isEqualTo("captain: the baseline entry is written to " + baseline()
                + " at the end of the run; commit it to gate later runs");
        JsonNode json = new ObjectMapper().readTree(baseline().toFile());
        assertThat(json.path("personas").fieldNames()).toIterable().containsExactly("captain", "nurse");
        assertThat(json.at("/personas/nurse/tasks/Linguistic Habits/score").asDouble()).isEqualTo(3.0);
        assertThat(json.at("/personas/captain/personaScore/score").asDouble()).isEqualTo(4.5);
        assertThat(json.at("/personas/captain/personaScore/ci").size()).isEqualTo(2);
        assertThat(json.at("/personas/captain/questions/linguistic-habits-2").asDouble()).isEqualTo(5.0);
        try (Stream<Path> files = Files.list(baseline().getParent())) {
            assertThat(files).containsExactlyInAnyOrder(baseline(), baseline().resolveSibling("baseline.json.lock"));
        }
    }

    @Test
    void unscoredQuestionsOfAScoredTaskAreWrittenAsNull() throws IOException {
        writeBaseline(ScriptedRuns.persona("captain").answers(HABITS, 4, 4)
                .agentError(HABITS, "What now?", "agent down").build());

        JsonNode json = new ObjectMapper().readTree(baseline().toFile());
        assertThat(json.at("/personas/captain/tasks/Linguistic Habits/score").asDouble()).isEqualTo(4.0);
        assertThat(json.at("/personas/captain/questions/linguistic-habits-3").isNull()).isTrue();
    }

    @Test
    void anUpdateDuringAnOutageKeepsTheGoodEntryAndSaysSoInOneLineWithTheCommandToRerun() throws IOException {
        writeBaseline(ScriptedRuns.persona("captain").answers(HABITS, 5, 5, 5).answers(ACTION, 4, 4).build());
        byte[] good = Files.readAllBytes(baseline());
        var update = new RegressionGate(baseline(), 0.25, true);

        GateResult down = update.check(ScriptedRuns.persona("captain").outage(HABITS, 3).outage(ACTION, 2).build());
        GateResult nurse = update.check(ScriptedRuns.persona("nurse").answers(HABITS, 3, 3).build());
        List<String> lines = update.writeUpdates();

        assertThat(down.status()).isEqualTo(GateResult.Status.NOT_WRITTEN);
        assertThat(down.failed()).isTrue();
        assertThat(down.message()).isEqualTo("captain: the baseline entry 'captain' is not updated: this run has no "
                + "score for Linguistic Habits, Expected Action, PersonaScore, and an entry is never replaced by one "
                + "without scores, so the entry in " + baseline() + " is kept as it was. Once the judges and the agent "
                + "answer again, re-run ./mvnw verify -Dpersonagym.baseline.update=true");
        assertThat(nurse.status()).isEqualTo(GateResult.Status.WRITTEN);
        assertThat(lines).containsExactly(
                "baseline " + baseline() + ": wrote 1 entry (nurse); commit it to gate later runs",
                "WARNING baseline " + baseline() + ": not updated for captain (no score for Linguistic Habits, "
                        + "Expected Action, PersonaScore): an entry is never replaced by one without scores, so it is "
                        + "left as it was. Once the judges and agents answer again, re-run "
                        + "./mvnw verify -Dpersonagym.baseline.update=true");
        JsonNode json = new ObjectMapper().readTree(baseline().toFile());
        assertThat(json.at("/personas/captain")).isEqualTo(new ObjectMapper().readTree(good).at("/personas/captain"));
        assertThat(check(ScriptedRuns.persona("captain").answers(HABITS, 1, 1, 1).answers(ACTION, 4, 4).build())
                .status()).isEqualTo(GateResult.Status.REGRESSED);
    }

    @Test
    void anUpdateWithoutScoresWritesNoEntryForANewPersona() {
        var update = new RegressionGate(baseline(), 0.25, true);

        GateResult result = update.check(ScriptedRuns.persona("captain").answers(HABITS, 4).outage(ACTION, 1).build());
        update.writeUpdates();

        assertThat(result.status()).isEqualTo(GateResult.Status.NOT_WRITTEN);
        assertThat(result.message()).contains("no score for Expected Action,", "none is written to " + baseline());
        assertThat(baseline()).doesNotExist();
    }

    @Test
    void aBaselineEntryWithoutAScoreIsNotComparableAndFailsNamingTheFileAndTheFix() throws IOException {
        // what an update during a provider outage wrote before entries without scores were refused
        Files.createDirectories(baseline().getParent());
        Files.writeString(baseline(), """
                { "schemaVersion" : 1, "personas" : { "captain" : { "file" : "classpath:personas/captain.yaml",
                  "judges" : [ "scripted:judge-a", "scripted:judge-b" ],
                  "personaScore" : { "score" : null, "ci" : null },
                  "tasks" : { "Linguistic Habits" : { "score" : null, "ci" : null } },
                  "questions" : { "linguistic-habits-1" : null } } } }
                """);

        GateResult result = check(ScriptedRuns.persona("captain").answers(HABITS, 1, 1).build());

        assertThat(result.status()).isEqualTo(GateResult.Status.NOT_COMPARABLE);
        assertThat(result.failed()).isTrue();
        assertThat(result.message()).isEqualTo("captain: cannot be compared with the baseline entry 'captain' in "
                + baseline() + ":\n  the baseline has no score for Linguistic Habits, PersonaScore: it was written from "
                + "a run that could not score them (a provider outage?). Write the entry anew once the judges score "
                + "again, with ./mvnw verify -Dpersonagym.baseline.update=true, and commit " + baseline());
        assertThat(result.reportEntries()).containsEntry(HABITS, "n/a \u2192 1.00 (not comparable)");
    }

    @Test
    void aRunWithoutScoresIsNotComparableRatherThanSteady() {
        writeBaseline(ScriptedRuns.persona("captain").answers(HABITS, 5, 5).answers(ACTION, 5).build());

        GateResult result = check(ScriptedRuns.persona("captain").answers(HABITS, 5, 5).outage(ACTION, 1).build());

        assertThat(result.status()).isEqualTo(GateResult.Status.NOT_COMPARABLE);
        assertThat(result.failed()).isTrue();
        assertThat(result.message()).endsWith("\n  this run has no score for Expected Action, PersonaScore: its answers went "
                + "unscored (see the failed question tests)");
    }

    @Test
    void aTaskTheBaselineEntryDoesNotHoldIsNewAndPasses() {
        writeBaseline(ScriptedRuns.persona("captain").answers(HABITS, 4, 4).build());

        GateResult result = check(ScriptedRuns.persona("captain").answers(HABITS, 4, 4).answers(ACTION, 4).build());

        assertThat(result.status()).isEqualTo(GateResult.Status.STEADY);
        assertThat(result.reportEntries()).containsEntry(ACTION, "n/a \u2192 4.00 (new)");
    }

    @Test
    void unreadableBaselineFailsTheCheckWithTheWayOut() throws IOException {
        Files.createDirectories(baseline().getParent());
        Files.writeString(baseline(), "{ not json");

        GateResult result = check(ScriptedRuns.persona("captain").answers(HABITS, 4).build());

        assertThat(result.status()).isEqualTo(GateResult.Status.BROKEN);
        assertThat(result.failed()).isTrue();
        assertThat(result.message()).startsWith("Cannot read the baseline " + baseline())
                .contains("./mvnw verify -Dpersonagym.baseline.update=true");
    }

    @Test
    void anUpdateNeverWritesOverABaselineItCannotReadSoNoEntryInItIsLost() throws IOException {
        Files.createDirectories(baseline().getParent());
        String conflicted = "{\n<<<<<<< HEAD\n  \"personas\": {}\n=======\n>>>>>>> other\n}\n";
        Files.writeString(baseline(), conflicted);
        var gate = new RegressionGate(baseline(), 0.25, true);
        gate.check(ScriptedRuns.persona("captain").answers(HABITS, 4).build());

        assertThatThrownBy(gate::writeUpdates).hasMessageContaining("Cannot read the baseline " + baseline())
                .hasMessageContaining("never writes over a file it cannot read");
        assertThat(baseline()).hasContent(conflicted);
    }

    @Test
    void withoutAnIntervalTheToleranceAloneDecides() {
        assertThat(Comparison.change(OptionalDouble.of(4.0), OptionalDouble.of(3.5), Optional.empty(), 0.25))
                .isEqualTo(Comparison.Change.REGRESSED);
        assertThat(Comparison.change(OptionalDouble.of(4.0), OptionalDouble.of(3.75), Optional.empty(), 0.25))
                .isEqualTo(Comparison.Change.STEADY);
        assertThat(Comparison.change(OptionalDouble.of(4.0), OptionalDouble.of(3.5),
                Optional.of(new ConfidenceInterval(3.0, 4.0)), 0.25)).isEqualTo(Comparison.Change.STEADY);
        assertThat(Comparison.change(OptionalDouble.of(4.0), OptionalDouble.of(3.5),
                Optional.of(new ConfidenceInterval(3.0, 3.99)), 0.25)).isEqualTo(Comparison.Change.REGRESSED);
    }
}
