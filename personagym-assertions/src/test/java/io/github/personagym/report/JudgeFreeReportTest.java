package io.github.personagym.report;

import io.github.personagym.evaluation.PersonaRun;
import io.github.personagym.gate.RegressionGate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.personagym.Task;
import io.github.personagym.metric.Choices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports show each judge-free task's metric on its own scale, apart from the PersonaScore. */
class JudgeFreeReportTest {

    private static final Choices INSTRUMENTS = new Choices(List.of("Sextant", "Barometer", "Chronometer"), 1);

    @TempDir
    Path dir;

    private PersonaRun captain;
    private String console;
    private JsonNode report;

    @BeforeEach
    void writeReports() throws IOException {
        captain = ScriptedRuns.persona("captain").threshold(3.0).taskThreshold("Sea Knowledge", 0.8)
                .answers(Task.EXPECTED_ACTION, 4, 5)
                .choice("Sea Knowledge", "Which instrument warns of a storm?", INSTRUMENTS, "B) the barometer, lad.")
                .choice("Sea Knowledge", "What tells the time at sea?", INSTRUMENTS, "The sextant.")
                .choice("Sea Knowledge", "What do you trust most?", INSTRUMENTS, "My bones, lad.")
                .reference("Sea Lore", "Finish: red sky at night", "Red sky at night, sailor's delight.",
                        "Red sky at night, sailor's delight!")
                .build();
        var gate = new RegressionGate(dir.resolve("baseline.json"), 0.25, false);
        gate.check(captain);
        console = new Reports(dir.resolve("out"), Clock.fixed(Instant.parse("2025-01-31T10:15:30Z"), ZoneOffset.UTC))
                .write(List.of(captain), gate, Optional.empty());
        report = ReportJsonTest.JSON.readTree(dir.resolve("out/report.json").toFile());
    }

    @Test
    void reportJsonHoldsEachJudgeFreeTaskApartFromTheRubricTasksAndMatchesTheSchema() throws IOException {
        JsonNode persona = report.get("personas").get(0);

        assertThat(ReportJsonTest.validate(report)).isEmpty();
        assertThat(persona.get("tasks").fieldNames()).toIterable().containsExactly(Task.EXPECTED_ACTION);
        assertThat(persona.get("personaScore").asDouble()).isEqualTo(4.5);
        JsonNode knowledge = persona.get("metrics").get("Sea Knowledge");
        assertThat(knowledge.get("metric").asText()).isEqualTo("accuracy");
        assertThat(knowledge.get("value").asDouble()).isEqualTo(0.5);
        assertThat(knowledge.get("interval").asText()).isEqualTo("wilson");
        assertThat(knowledge.get("unscored").asInt()).isEqualTo(1);
        assertThat(knowledge.get("threshold").asDouble()).isEqualTo(0.8);
        assertThat(persona.get("metrics").get("Sea Lore").get("exactMatch").asDouble()).isEqualTo(1.0);
        JsonNode unread = persona.get("questions").get(4).get("measured");
        assertThat(unread.get("status").asText()).isEqualTo("unscored");
        assertThat(unread.get("answerKey").asText()).isEqualTo("B");
        assertThat(persona.get("questions").get(0).get("measured").isNull()).isTrue();
        assertThat(persona.get("problems")).extracting(JsonNode::asText).contains("Sea Knowledge accuracy 0.50 < 0.80");
    }

    @Test
    void theSummaryListsJudgeFreeTasksInATableOfTheirOwn() {
        assertThat(console).contains("Judge-free tasks (each on its own scale, 0 to 1; not part of the PersonaScore)")
                .containsPattern("captain +Sea Knowledge +accuracy +0\\.50 +\\[0\\.\\d\\d, 0\\.\\d\\d\\] +2 +1 +0\\.80")
                .containsPattern("captain +Sea Lore +ROUGE-L F1 +1\\.00 +- +1 +0 +-");
    }

    @Test
    void theHtmlReportShowsTheMetricsWithTheirOptionsAndReferences() throws IOException {
        String html = Files.readString(dir.resolve("out/report.html"));

        assertThat(html).contains("<h3>Judge-free tasks</h3>").contains("<td>accuracy</td>")
                .contains("<li class=\"key\">Barometer \u2713</li>")
                .contains("the reply names no option (A, B, C), by its letter or its text")
                .contains("all rubric tasks, 2 questions");
    }
}
