package io.github.personagym.report;

import io.github.personagym.evaluation.PersonaRun;
import io.github.personagym.gate.RegressionGate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.personagym.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports show a conversation task's score per turn and its drift. */
class ConversationReportTest {

    static final String VOYAGE = "Long Voyage";

    @TempDir
    Path dir;

    /** Writes the reports of a captain whose 8-turn conversation fades from 5 to 2, and returns the console summary. */
    static String writeFadingCaptain(Path folder, Integer... turns) {
        PersonaRun captain = ScriptedRuns.persona("captain").answers(Task.EXPECTED_ACTION, 4, 5)
                .conversation(VOYAGE, turns).build();
        var gate = new RegressionGate(folder.resolve("baseline.json"), 0.25, false);
        gate.check(captain);
        return new Reports(folder.resolve("out"), Clock.fixed(Instant.parse("2025-01-31T10:15:30Z"), ZoneOffset.UTC))
                .write(List.of(captain), gate, Optional.empty());
    }

    @Test
    void reportJsonHoldsTheScorePerTurnAndTheDriftAndMatchesTheSchema() throws IOException {
        writeFadingCaptain(dir, 5, 5, 4, 4, 3, 3, 2, 2);
        JsonNode report = ReportJsonTest.JSON.readTree(dir.resolve("out/report.json").toFile());
        JsonNode persona = report.get("personas").get(0);

        assertThat(ReportJsonTest.validate(report)).isEmpty();
        JsonNode voyage = persona.get("conversations").get(VOYAGE);
        assertThat(voyage.get("turns")).extracting(t -> t.get("score").asDouble())
                .containsExactly(5.0, 5.0, 4.0, 4.0, 3.0, 3.0, 2.0, 2.0);
        assertThat(voyage.get("drift").asDouble()).isEqualTo(-2.0);
        assertThat(voyage.get("driftCi")).hasSize(2);
        assertThat(voyage.get("early")).extracting(JsonNode::asInt).containsExactly(1, 2, 3, 4);
        assertThat(voyage.get("driftPassed").asBoolean()).isFalse();
        assertThat(persona.get("tasks").get(VOYAGE).get("score").asDouble()).isEqualTo(3.5);
        JsonNode third = persona.get("questions").get(4);
        assertThat(third.get("turn").asInt()).isEqualTo(3);
        assertThat(third.get("conversation").asText()).isEqualTo("voyage");
        assertThat(third.get("context")).extracting(t -> t.get("speaker").asText())
                .containsExactly("user", "persona", "user", "persona");
        assertThat(persona.get("problems")).extracting(JsonNode::asText).contains("Long Voyage drift -2.00 < -1.00");
    }

    @Test
    void theSummarySaysTheDriftBesideTheScorePerTurn() {
        String console = writeFadingCaptain(dir, 5, 5, 4, 4, 3, 3, 2, 2);

        assertThat(console).contains("Conversations (score per turn, 1 to 5; drift = mean of the late turns minus the"
                + " early turns)").containsPattern("captain  Long Voyage  turns 5\\.00 5\\.00 4\\.00 4\\.00 3\\.00 3\\.00"
                + " 2\\.00 2\\.00  drift -2\\.00 \\[-?\\d\\.\\d\\d, -?\\d\\.\\d\\d\\] \\(turns 5\u20138 minus 1\u20134\\), at least"
                + " -1\\.00 FAIL");
    }

    @Test
    void whenTheJudgeAbstainedOnTheLateTurnsTheSummarySaysThereIsNoDriftFigureAndWhy() {
        String console = writeFadingCaptain(dir, 4, 4, null, null);

        assertThat(console).contains("captain  Long Voyage  turns 4.00 4.00 - -  no drift figure: no scored answer"
                + " among the late turns 3\u20134", "captain Long Voyage: turns 3, 4 unscored (an agent error, or a judge"
                + " that failed or abstained: see their tests); the offline judge abstains on what it cannot tell, an"
                + " LLM judge (personagym.judges) scores it");
    }

    @Test
    void theHtmlReportDrawsATurnCurveWithAPointPerScoredTurn() throws IOException {
        writeFadingCaptain(dir, 5, 4, null, 3);
        String html = Files.readString(dir.resolve("out/report.html"));

        String card = html.substring(html.indexOf("<div class=\"card conversations\">"));
        assertThat(card).contains("<svg class=\"turn-curve\"", "aria-label=\"Score per turn of Long Voyage\"",
                "<polyline class=\"curve\"", "<circle class=\"turn unscored\" data-turn=\"3\"",
                "Drift <b>-1.50</b>", "Scripted message 4 of the voyage?");
        assertThat(card.split("<circle class=\"turn\" ").length - 1).isEqualTo(3);
    }
}
