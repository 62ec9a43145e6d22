package io.github.personagym.report;

import io.github.personagym.services.JudgesInForce;
import io.github.personagym.gate.BaselineCandidate;
import io.github.personagym.evaluation.PersonaRun;
import io.github.personagym.gate.RegressionGate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.personagym.Task;
import io.github.personagym.benchmark.Shard;
import io.github.personagym.llm.UsageMeter;
import io.github.personagym.mutants.MutantKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeReportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-02-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void fourShardsMergedGiveTheFiguresOfOneRun() throws IOException {
        List<PersonaRun> runs = personas(16);
        write(dir.resolve("whole"), runs, judges(ScriptedRuns.JUDGE_A, ScriptedRuns.JUDGE_B));
        List<Path> shards = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            Shard shard = new Shard(i, 4);
            Path folder = dir.resolve("shards/shard-" + i);
            write(folder, runs.stream().filter(r -> shard.contains(r.id())).toList(),
                    judges(ScriptedRuns.JUDGE_A, ScriptedRuns.JUDGE_B));
            shards.add(folder.resolve("report.json"));
        }
        assertThat(shards).allSatisfy(file -> assertThat(JSON.readTree(file.toFile()).get("personas").size())
                .isBetween(1, 15));

        int status = merge("--out", dir.resolve("merged").toString(), dir.resolve("shards").toString());

        assertThat(status).as(err.toString()).isZero();
        JsonNode whole = JSON.readTree(dir.resolve("whole/report.json").toFile());
        JsonNode merged = JSON.readTree(dir.resolve("merged/report.json").toFile());
        assertThat(byId(merged.get("personas"))).isEqualTo(byId(whole.get("personas")));
        assertThat(byId(merged.get("judges"))).isEqualTo(byId(whole.get("judges")));
        assertThat(merged.at("/agreement/overall")).isEqualTo(whole.at("/agreement/overall"));
        assertThat(merged.at("/agreement/judges")).isEqualTo(whole.at("/agreement/judges"));
        assertThat(merged.at("/agreement/personas")).isEqualTo(whole.at("/agreement/personas"));
        assertThat(merged.get("judgesInForce")).isEqualTo(whole.get("judgesInForce"));
        assertThat(merged.at("/usage/calls").asLong()).isEqualTo(16 * 3);
        assertThat(merged.at("/usage/byModel/openai:gpt-4o-mini/promptTokens").asLong()).isEqualTo(16 * 1000);
        assertThat(merged.get("generatedAt").asText()).isEqualTo("2025-02-01T08:00:00Z");
        assertThat(ReportJsonTest.validate(merged)).isEmpty();
        assertThat(Files.readString(dir.resolve("merged/report.html"))).contains("persona-07");
        assertThat(dir.resolve("merged/scores/persona-16.json")).hasSameTextualContentAs(
                dir.resolve("whole/scores/persona-16.json"));
        assertThat(out.toString()).startsWith("Merged 4 reports: 16 personas").contains("persona-01", "Judges: ");
    }

    @Test
    void twoShardsMergedWriteTheBaselineOfOneRunAndKeepTheEntriesOfOtherPersonas() throws IOException {
        List<PersonaRun> runs = personas(6);
        Path oneRun = dir.resolve("one-run-baseline.json");
        var update = new RegressionGate(oneRun, 0.25, true);
        runs.forEach(update::check);
        update.writeUpdates();
        Path baseline = dir.resolve("baseline.json");
        var other = new RegressionGate(baseline, 0.25, true);
        other.check(ScriptedRuns.persona("not-in-the-benchmark").answers(Task.LINGUISTIC_HABITS, 2, 3).build());
        other.writeUpdates();
        String otherEntry = JSON.readTree(baseline.toFile()).at("/personas/not-in-the-benchmark").toString();
        for (int i = 1; i <= 2; i++) {
            Shard shard = new Shard(i, 2);
            write(dir.resolve("shards/shard-" + i), runs.stream().filter(r -> shard.contains(r.id())).toList(),
                    judges(ScriptedRuns.JUDGE_A, ScriptedRuns.JUDGE_B));
        }

        int status = merge("--out", dir.resolve("merged").toString(), "--baseline", baseline.toString(),
                dir.resolve("shards").toString());

        assertThat(status).as(err.toString()).isZero();
        JsonNode written = JSON.readTree(baseline.toFile()).get("personas");
        JsonNode expected = JSON.readTree(oneRun.toFile()).get("personas");
        assertThat(expected.size()).isEqualTo(3); // persona-03, -05, -06 lack a score, in one run as in the shards
        assertThat(written.size()).isEqualTo(expected.size() + 1);
        expected.fieldNames().forEachRemaining(id -> assertThat(written.get(id)).as(id).isEqualTo(expected.get(id)));
        assertThat(written.get("not-in-the-benchmark").toString()).isEqualTo(otherEntry);
        assertThat(out.toString()).contains("baseline " + baseline + ": wrote 3 entries (persona-01, persona-02, persona-04)");
    }

    @Test
    void aPersonaWithoutEveryScoreKeepsItsBaselineEntryAndTheMergeSaysSo() throws IOException {
        List<PersonaRun> runs = personas(5);
        Path baseline = dir.resolve("baseline.json");
        var before = new RegressionGate(baseline, 0.25, true);
        before.check(ScriptedRuns.persona("persona-05").answers(Task.LINGUISTIC_HABITS, 2, 3).build());
        before.writeUpdates();
        String kept = JSON.readTree(baseline.toFile()).at("/personas/persona-05").toString();
        write(dir.resolve("shards/a"), runs.subList(0, 2), judges(ScriptedRuns.JUDGE_A, ScriptedRuns.JUDGE_B));
        write(dir.resolve("shards/b"), runs.subList(2, 5), judges(ScriptedRuns.JUDGE_A, ScriptedRuns.JUDGE_B));

        assertThat(merge("--baseline", baseline.toString(), "--out", dir.resolve("merged").toString(),
                dir.resolve("shards").toString())).as(err.toString()).isZero();

        assertThat(JSON.readTree(baseline.toFile()).at("/personas/persona-05").toString()).isEqualTo(kept);
        assertThat(out.toString()).contains("WARNING baseline " + baseline + ": not updated for persona-03 (no score "
                + "for Persona Consistency, PersonaScore), persona-05 (no score for Action Justification, PersonaScore)");
    }

    @Test
    void aBaselineFromReportsWithoutCandidatesIsAUsageError() throws IOException {
        write(dir.resolve("a"), personas(1), judges(ScriptedRuns.JUDGE_A, ScriptedRuns.JUDGE_B));
        Files.delete(dir.resolve("a").resolve(BaselineCandidate.FILE_NAME));

        assertThat(merge("--baseline", dir.resolve("baseline.json").toString(), "--out",
                dir.resolve("merged").toString(), dir.resolve("a").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("report.json has no baseline-candidate.json beside it");
        assertThat(dir.resolve("baseline.json")).doesNotExist();
    }

    @Test
    void runsWithOtherJudgesAreRefusedNamingTheFilesAndTheJudges() throws IOException {
        List<PersonaRun> runs = personas(4);
        write(dir.resolve("a"), runs.subList(0, 2), judges(ScriptedRuns.JUDGE_A, ScriptedRuns.JUDGE_B));
        write(dir.resolve("b"), runs.subList(2, 4), judges("openai:gpt-4o", "openai:meta-llama-3-70b"));

        int status = merge("--out", dir.resolve("merged").toString(), dir.resolve("a/report.json").toString(),
                dir.resolve("b/report.json").toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("Cannot merge these reports",
                "The judges in force differ: " + dir.resolve("a/report.json") + " has scripted:judge-a, scripted:judge-b; "
                        + dir.resolve("b/report.json") + " has openai:gpt-4o, openai:meta-llama-3-70b.");
        assertThat(dir.resolve("merged/report.json")).doesNotExist();
    }

    @Test
    void aPersonaInTwoReportsIsRefusedAsAnOverlapOrAsAnotherSuite() throws IOException {
        List<PersonaRun> runs = personas(3);
        write(dir.resolve("a"), runs.subList(0, 2), judges(ScriptedRuns.JUDGE_A, ScriptedRuns.JUDGE_B));
        write(dir.resolve("b"), runs.subList(1, 3), judges(ScriptedRuns.JUDGE_A, ScriptedRuns.JUDGE_B));
        PersonaRun otherQuestions = ScriptedRuns.persona("persona-03")
                .answer(Task.EXPECTED_ACTION, "SYNTHETIC another question?", "Aye.", 4, 4).build();
        write(dir.resolve("c"), List.of(otherQuestions), judges(ScriptedRuns.JUDGE_A, ScriptedRuns.JUDGE_B));

        assertThat(merge(dir.resolve("a").toString(), dir.resolve("b").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Persona persona-02 is in " + dir.resolve("a/report.json") + " and "
                + dir.resolve("b/report.json") + ": the runs overlap");
        err.reset();
        assertThat(merge(dir.resolve("b").toString(), dir.resolve("c").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Persona persona-03 is in", "with other questions: the runs used "
                + "different suites");
    }

    @Test
    void suitesOfAnotherSizeAreRefused() throws IOException {
        write(dir.resolve("ten"), List.of(ScriptedRuns.persona("a").answers(Task.EXPECTED_ACTION, 4, 4, 4).build()),
                judges(ScriptedRuns.JUDGE_A, ScriptedRuns.JUDGE_B));
        write(dir.resolve("five"), List.of(ScriptedRuns.persona("b").answers(Task.EXPECTED_ACTION, 4, 4).build()),
                judges(ScriptedRuns.JUDGE_A, ScriptedRuns.JUDGE_B));

        assertThat(merge(dir.resolve("ten").toString(), dir.resolve("five").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("The suites differ: " + dir.resolve("ten/report.json")
                + " has 3 questions per task; " + dir.resolve("five/report.json") + " has 2 questions per task.");
    }

    @Test
    void aFileThatIsNotAReportOrNoFileAtAllIsAUsageError() throws IOException {
        Files.writeString(dir.resolve("report.json"), "{\"schemaVersion\": 1, \"surprise\": true}");

        assertThat(merge(dir.resolve("report.json").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("report.json is not a report.json this version can read");
        err.reset();
        assertThat(merge(dir.resolve("nothing-here").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("is neither a report.json nor a folder", MergeReports.USAGE);
    }

    /** Personas with different scores, an unparseable verdict, an outage and mutants, so every figure differs. */
    static List<PersonaRun> personas(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> {
            ScriptedRuns persona = ScriptedRuns.persona(String.format("persona-%02d", i)).threshold(3.0)
                    .answer(Task.EXPECTED_ACTION, "SYNTHETIC storm?", "Reef the sails.", 1 + i % 5, 1 + (i * 3) % 5)
                    .answers(Task.EXPECTED_ACTION, 1 + (i + 1) % 5, 5)
                    .answers(Task.LINGUISTIC_HABITS, 1 + (i * 7) % 5, 4, 3)
                    .answers(Task.TOXICITY_CONTROL, 5, 1 + (i * 2) % 5);
            if (i % 3 == 0) {
                persona.unparseable(Task.PERSONA_CONSISTENCY, "SYNTHETIC greet?", "Ahoy!");
            } else {
                persona.answers(Task.PERSONA_CONSISTENCY, 2 + i % 4);
            }
            if (i % 5 == 0) {
                persona.outage(Task.ACTION_JUSTIFICATION, 1);
            }
            if (i % 4 == 0) {
                persona.mutant(MutantKind.DISCLAIMER, 1, 2);
            }
            return persona.build();
        }).toList();
    }

    static JudgesInForce judges(String... specs) {
        return JudgesInForce.given(List.of(specs));
    }

    static void write(Path folder, List<PersonaRun> runs, JudgesInForce judges) {
        var gate = new RegressionGate(folder.resolve("no-baseline.json"), 0.25, false);
        runs.forEach(gate::check);
        Map<String, UsageMeter.Usage> usage = Map.of("openai:gpt-4o-mini",
                new UsageMeter.Usage(3L * runs.size(), 1000L * runs.size(), 200L * runs.size(), 0, 0));
        new Reports(folder, CLOCK).write(runs, gate, Optional.of(usage), Optional.of(judges));
    }

    private int merge(String... args) {
        return new MergeReports(CLOCK, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private static Map<String, JsonNode> byId(JsonNode entries) {
        Map<String, JsonNode> byId = new TreeMap<>();
        entries.forEach(e -> byId.put(e.get("id").asText(), e));
        return byId;
    }


    @Test
    void reportsSlicedOtherwiseAreRefused() throws IOException {
        List<PersonaRun> runs = SliceReportTest.slicedRun();
        SliceReportTest.writeSliced(dir.resolve("a"), runs.subList(0, 6));
        write(dir.resolve("b"), runs.subList(6, 12), judges(ScriptedRuns.JUDGE_A, ScriptedRuns.JUDGE_B));

        assertThat(merge(dir.resolve("a").toString(), dir.resolve("b").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("The slice settings differ: " + dir.resolve("a/report.json")
                + " has personagym.slices=region,age, personagym.slices.max-gap=0.50, personagym.slices.min-group=5; "
                + dir.resolve("b/report.json") + " has none.");
    }


    @Test
    void slicesOfMergedShardsAreComputedAnewAndEqualThoseOfOneRun() throws IOException {
        List<PersonaRun> runs = SliceReportTest.slicedRun();
        SliceReportTest.writeSliced(dir.resolve("whole"), runs);
        for (int i = 1; i <= 3; i++) {
            Shard shard = new Shard(i, 3);
            SliceReportTest.writeSliced(dir.resolve("shards/shard-" + i),
                    runs.stream().filter(r -> shard.contains(r.id())).toList());
        }

        int status = merge("--out", dir.resolve("merged").toString(), dir.resolve("shards").toString());

        assertThat(status).as(err.toString()).isZero();
        JsonNode whole = JSON.readTree(dir.resolve("whole/report.json").toFile());
        JsonNode merged = JSON.readTree(dir.resolve("merged/report.json").toFile());
        JsonNode shard = JSON.readTree(dir.resolve("shards/shard-1/report.json").toFile());
        assertThat(whole.at("/slices/slices/0/gaps/0/flagged").asBoolean()).isTrue();
        assertThat(merged.get("slices")).isEqualTo(whole.get("slices"));
        assertThat(shard.get("slices")).as("a shard alone has fewer personas per group").isNotEqualTo(whole.get("slices"));
        assertThat(ReportJsonTest.validate(merged)).isEmpty();
        assertThat(out.toString()).contains("FAILED region: north ");
        assertThat(Files.readString(dir.resolve("merged/report.html"))).contains("id=\"slices\"");
    }
}
