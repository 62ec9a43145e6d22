package io.github.personagym.report;

import io.github.personagym.evaluation.PersonaRun;
import io.github.personagym.gate.RegressionGate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.personagym.Task;
import io.github.personagym.slice.SliceSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The slices of a scripted run in report.json, the console summary and report.html. */
class SliceReportTest {

    static final SliceSettings REGION_AND_AGE = new SliceSettings(List.of("region", "age"), OptionalDouble.of(0.5), 5);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-02-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void reportJsonHoldsEachGroupItsIntervalAndTheFlaggedGap() throws IOException {
        writeSliced(dir, slicedRun());
        JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());

        assertThat(ReportJsonTest.validate(report)).isEmpty();
        JsonNode slices = report.get("slices");
        assertThat(slices.get("maxGap").asDouble()).isEqualTo(0.5);
        assertThat(slices.get("minGroup").asInt()).isEqualTo(5);
        JsonNode region = slices.at("/slices/0");
        assertThat(region.get("attribute").asText()).isEqualTo("region");
        assertThat(region.get("compared").asBoolean()).isTrue();
        assertThat(region.at("/groups/0/value").asText()).isEqualTo("north");
        assertThat(region.at("/groups/0/personas")).hasSize(5);
        assertThat(region.at("/groups/0/ci")).hasSize(2);
        assertThat(region.get("lacking").toString()).isEqualTo("[\"drifter\"]");
        assertThat(region.get("unscored").toString()).isEqualTo("[\"silent\"]");
        assertThat(region.get("gaps")).singleElement().satisfies(gap -> {
            assertThat(gap.get("higher").asText()).isEqualTo("north");
            assertThat(gap.get("lower").asText()).isEqualTo("south");
            assertThat(gap.get("flagged").asBoolean()).isTrue();
            assertThat(gap.get("exceedsMaxGap").asBoolean()).isTrue();
        });
        JsonNode age = slices.at("/slices/1");
        assertThat(age.get("compared").asBoolean()).isFalse();
        assertThat(age.get("gaps")).isEmpty();
        assertThat(report.at("/personas/0/attributes/region").asText()).isEqualTo("north");
    }

    @Test
    void theConsoleShowsGroupsTheFailedGapWhoLacksTheAttributeAndGroupsTooSmallInOneLine() {
        String console = writeSliced(dir, slicedRun());

        assertThat(console).contains("Slices (mean PersonaScore per group, 95% t-interval; a gap is flagged when its "
                        + "difference interval excludes 0; personagym.slices.max-gap=0.50)",
                "  region=north  4.", "5 personas",
                "FAILED region: north ", " vs south ", "excludes 0, above personagym.slices.max-gap=0.50",
                "region: not given by 1 persona (drifter)", "region: without a PersonaScore, left out: silent");
        assertThat(console.lines().filter(line -> line.contains("Slices by 'age'"))).singleElement().asString()
                .contains("groups too small to compare (", "20-29 3, 30-39 5, 40-49 1, 60-69 2; two groups of 5 scored personas or more are needed): no gap is flagged",
                        "lower personagym.slices.min-group");
        assertThat(console).doesNotContain("FLAGGED age", "FAILED age");
    }

    @Test
    void overlappingGroupsAreShownWithTheirGapUnflagged() {
        List<PersonaRun> runs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            runs.add(ScriptedRuns.persona("n" + i).attribute("region", "north")
                    .answers(Task.EXPECTED_ACTION, 2 + i % 3, 3).build());
            runs.add(ScriptedRuns.persona("s" + i).attribute("region", "south")
                    .answers(Task.EXPECTED_ACTION, 2 + (i + 1) % 3, 3).build());
        }
        String console = writeSliced(dir, runs);

        assertThat(console).containsPattern("\n  region: (north|south) .* vs (north|south) .*includes 0\n")
                .doesNotContain("FLAGGED", "FAILED");
    }

    @Test
    void theHtmlReportHasASlicesCard() throws IOException {
        writeSliced(dir, slicedRun());
        String html = Files.readString(dir.resolve("report.html"));

        assertThat(html).contains("<section class=\"card\" id=\"slices\"><h2>Slices</h2>", "<h3 data-slice=\"region\">",
                "<tr data-group=\"north\">", "<svg class=\"slice-ci\"", "<span class=\"badge fail\">FAIL</span> north ",
                "Not given by: drifter", "Slices by &#39;age&#39;: groups too small to compare");
    }

    @Test
    void aRunNotSlicedHasNoSlices() throws IOException {
        String console = new Reports(dir, CLOCK).write(slicedRun(), gate(dir, slicedRun()), Optional.empty());
        JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());

        assertThat(report.get("slices").isNull()).isTrue();
        assertThat(console).doesNotContain("Slices");
        assertThat(Files.readString(dir.resolve("report.html"))).doesNotContain("id=\"slices\"");
    }

    /**
     * Five northern personas scored about 4.5, five southern ones about 2.5, one without a region, one whose every
     * verdict failed (no PersonaScore); ages in groups of one to three.
     */
    static List<PersonaRun> slicedRun() {
        List<PersonaRun> runs = new ArrayList<>();
        int[][] north = {{5, 5}, {5, 4}, {4, 5}, {4, 4}, {5, 4}};
        int[][] south = {{3, 2}, {2, 2}, {3, 3}, {2, 3}, {3, 2}};
        for (int i = 0; i < 5; i++) {
            runs.add(ScriptedRuns.persona("north-" + (i + 1)).attribute("region", "north")
                    .attribute("age", i < 3 ? "30-39" : "60-69").answers(Task.EXPECTED_ACTION, north[i]).build());
            runs.add(ScriptedRuns.persona("south-" + (i + 1)).attribute("region", "south")
                    .attribute("age", i < 2 ? "30-39" : "20-29").answers(Task.EXPECTED_ACTION, south[i]).build());
        }
        runs.add(ScriptedRuns.persona("drifter").attribute("age", "40-49").answers(Task.EXPECTED_ACTION, 3, 3).build());
        runs.add(ScriptedRuns.persona("silent").attribute("region", "north").outage(Task.EXPECTED_ACTION, 2).build());
        return runs;
    }

    static String writeSliced(Path folder, List<PersonaRun> runs) {
        return new Reports(folder, CLOCK).slicedBy(REGION_AND_AGE).write(runs, gate(folder, runs), Optional.empty());
    }

    private static RegressionGate gate(Path folder, List<PersonaRun> runs) {
        var gate = new RegressionGate(folder.resolve("no-baseline.json"), 0.25, false);
        runs.forEach(gate::check);
        return gate;
    }
}
