package io.github.personagym.report;

import io.github.personagym.evaluation.PersonaRun;
import io.github.personagym.gate.RegressionGate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.personagym.Task;
import io.github.personagym.config.ConfigSource;
import io.github.personagym.services.JudgesInForce;
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

/** The judges in force, as the console summary, report.json and report.html state them. */
class JudgesSectionTest {

    static final String NOTE = "The offline judge is an embedding screen, not an LLM judge.";
    static final String ERROR = "Judge openai:gpt-4o cannot be reached: OPENAI_API_KEY is not set. Set OPENAI_API_KEY.";

    @TempDir
    Path dir;

    String console;
    JsonNode json;
    String html;

    @BeforeEach
    void writeReports() throws IOException {
        var judges = new JudgesInForce(List.of(
                new JudgesInForce.Entry("openai:gpt-4o", ConfigSource.SYSTEM_PROPERTY, "system property personagym.judges"),
                new JudgesInForce.Entry("offline", ConfigSource.DEFAULT, "default: no personagym.judges set")),
                List.of(ERROR), List.of(NOTE));
        var gate = new RegressionGate(dir.resolve("baseline.json"), 0.25, false);
        PersonaRun captain = ScriptedRuns.persona("captain").answers(Task.EXPECTED_ACTION, 4, 5).build();
        gate.check(captain);
        console = new Reports(dir.resolve("out"), Clock.fixed(Instant.parse("2025-01-31T10:15:30Z"), ZoneOffset.UTC))
                .write(List.of(captain), gate, Optional.empty(), Optional.of(judges));
        json = ReportJsonTest.JSON.readTree(dir.resolve("out/report.json").toFile());
        html = Files.readString(dir.resolve("out/report.html"));
    }

    @Test
    void theConsoleSummaryNamesEachJudgeWithItsOriginThenErrorsAndNotes() {
        assertThat(console).contains("Judges: openai:gpt-4o (system property personagym.judges), offline (default: "
                + "no personagym.judges set)\n  ERROR " + ERROR + "\n  " + NOTE + "\n");
    }

    @Test
    void reportJsonHoldsSpecSourceAndOriginOfEachJudgeAndMatchesItsSchema() throws IOException {
        assertThat(json.at("/judgesInForce/judges/0/spec").asText()).isEqualTo("openai:gpt-4o");
        assertThat(json.at("/judgesInForce/judges/0/source").asText()).isEqualTo("systemProperty");
        assertThat(json.at("/judgesInForce/judges/1/source").asText()).isEqualTo("default");
        assertThat(json.at("/judgesInForce/judges/1/origin").asText()).isEqualTo("default: no personagym.judges set");
        assertThat(json.at("/judgesInForce/errors/0").asText()).isEqualTo(ERROR);
        assertThat(json.at("/judgesInForce/notes/0").asText()).isEqualTo(NOTE);
        assertThat(ReportJsonTest.validate(json)).isEmpty();
    }

    @Test
    void reportHtmlStatesTheJudgesInItsHeaderAndTheirSection() {
        assertThat(html).contains("judges: openai:gpt-4o (system property personagym.judges), offline (default: no "
                + "personagym.judges set)</p>")
                .contains("<p class=\"in-force\">In force: <code>openai:gpt-4o</code> (system property personagym.judges)")
                .contains("<p class=\"judge-error\">" + ERROR + "</p>")
                .contains("<p class=\"judge-note\">" + NOTE + "</p>");
    }

    @Test
    void withoutAStatementTheVerdictsNameTheJudgesAsGivenInCode() throws IOException {
        var gate = new RegressionGate(dir.resolve("baseline.json"), 0.25, false);
        PersonaRun nurse = ScriptedRuns.persona("nurse").answers(Task.EXPECTED_ACTION, 4).build();
        gate.check(nurse);

        String text = new Reports(dir.resolve("plain"), Clock.systemUTC()).write(List.of(nurse), gate, Optional.empty());

        assertThat(text).contains("Judges: scripted:judge-a, scripted:judge-b (given in code)\n");
        JsonNode plain = ReportJsonTest.JSON.readTree(dir.resolve("plain/report.json").toFile());
        assertThat(plain.at("/judgesInForce/judges/1/source").asText()).isEqualTo("given");
        assertThat(ReportJsonTest.validate(plain)).isEmpty();
    }
}
