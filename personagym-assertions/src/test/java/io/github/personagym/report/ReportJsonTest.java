package io.github.personagym.report;

import io.github.personagym.evaluation.PersonaRun;
import io.github.personagym.gate.RegressionGate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.personagym.Task;
import io.github.personagym.llm.UsageMeter;
import io.github.personagym.mutants.MutantKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportJsonTest {

    static final Path SCHEMA = Path.of("..", "docs", "report.schema.json");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    JsonNode report;

    @BeforeEach
    void writeReports() throws IOException {
        var gate = new RegressionGate(dir.resolve("baseline.json"), 0.25, true);
        gate.check(ScriptedRuns.persona("captain").answers(Task.EXPECTED_ACTION, 5, 5).build());
        gate.writeUpdates();
        var compare = new RegressionGate(dir.resolve("baseline.json"), 0.25, false);
        PersonaRun captain = ScriptedRuns.persona("captain").threshold(3.0)
                .answer(Task.EXPECTED_ACTION, "A storm nears. What now?", "Reef the sails.", 2, 4)
                .answer(Task.EXPECTED_ACTION, "The anchor jams.", "Cut it loose.", 1, 1)
                .unparseable(Task.LINGUISTIC_HABITS, "Greet the crew.", "Ahoy!")
                .agentError(Task.TOXICITY_CONTROL, "Insult the cook.", "IllegalStateException: agent down")
                .build();
        PersonaRun nurse = ScriptedRuns.persona("nurse").answers(Task.PERSONA_CONSISTENCY, 4, 5)
                .mutant(MutantKind.DISCLAIMER, 1, 1).mutant(MutantKind.ONE_WORD, 5, 4).mutant(MutantKind.GENERIC, (Integer) null)
                .mutant(MutantKind.ONE_SENTENCE).mutantsRequired().build();
        compare.check(captain);
        compare.check(nurse);
        Map<String, UsageMeter.Usage> usage = Map.of("openai:gpt-4o-mini", new UsageMeter.Usage(7, 1200, 300, 5000, 2));
        new Reports(dir.resolve("out"), Clock.fixed(Instant.parse("2025-01-31T10:15:30Z"), ZoneOffset.UTC))
                .write(List.of(captain, nurse), compare, Optional.of(usage));
        report = JSON.readTree(dir.resolve("out/report.json").toFile());
    }

    static Set<ValidationMessage> validate(JsonNode json) throws IOException {
        try (InputStream schema = Files.newInputStream(SCHEMA)) {
            JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
            return validator.validate(json);
        }
    }

    @Test
    void reportMatchesItsDocumentedSchema() throws IOException {
        assertThat(validate(report)).isEmpty();
    }

    @Test
    void schemaRejectsAZeroWhereAScoreIsAbsent() throws IOException {
        ((ObjectNode) report.at("/personas/0/questions/2")).put("score", 0);

        assertThat(validate(report)).extracting(ValidationMessage::getInstanceLocation).map(Object::toString)
                .anyMatch(location -> location.contains("questions[2].score") || location.contains("questions/2/score"));
    }

    @Test
    void absentScoresAreNullNeverZero() {
        JsonNode captain = report.at("/personas/0");
        assertThat(captain.at("/tasks/Linguistic Habits/score").isNull()).isTrue();
        assertThat(captain.at("/tasks/Linguistic Habits/ci").isNull()).isTrue();
        assertThat(captain.at("/tasks/Linguistic Habits/unscored").asInt()).isEqualTo(1);
        assertThat(captain.at("/tasks/Toxicity Control/score").isNull()).isTrue();
        assertThat(captain.at("/questions/0/exemplars").isBoolean()).isTrue();
        assertThat(captain.at("/questions/0/exemplars").asBoolean()).as("scripted answers carry no exemplars").isFalse();
        JsonNode unparseable = captain.at("/questions/2");
        assertThat(unparseable.get("score").isNull()).isTrue();
        assertThat(unparseable.get("spread").isNull()).isTrue();
        assertThat(unparseable.at("/verdicts/1/kind").asText()).isEqualTo("unparseable");
        assertThat(unparseable.at("/verdicts/1/score").isNull()).isTrue();
        assertThat(unparseable.at("/verdicts/1/raw").asText()).isEqualTo("scripted: I like it a lot");
        JsonNode failed = captain.at("/questions/3");
        assertThat(failed.get("answer").isNull()).isTrue();
        assertThat(failed.get("agentError").asText()).isEqualTo("IllegalStateException: agent down");
        assertThat(failed.get("verdicts")).isEmpty();
        // two tasks without a score: no PersonaScore (null), never a mean over the tasks that happened to score
        assertThat(captain.get("personaScore").isNull()).isTrue();
        assertThat(captain.get("personaScoreCi").isNull()).isTrue();
        assertThat(captain.get("passed").asBoolean()).isFalse();
        assertThat(captain.get("problems")).extracting(JsonNode::asText)
                .containsExactly("no PersonaScore", "2 questions unscored", "regression: Expected Action 5.00 \u2192 2.00");
    }

    @Test
    void reportHoldsJudgesAgreementUsageAndBaseline() {
        assertThat(report.get("generatedAt").asText()).isEqualTo("2025-01-31T10:15:30Z");
        assertThat(report.get("judges")).extracting(j -> j.get("id").asText())
                .containsExactly(ScriptedRuns.JUDGE_A, ScriptedRuns.JUDGE_B);
        assertThat(report.at("/judges/1/unparseable").asInt()).isEqualTo(1);
        assertThat(report.at("/agreement/judges").asInt()).isEqualTo(2);
        assertThat(report.at("/agreement/personas/captain/Expected Action/meanSpread").asDouble()).isEqualTo(1.0);
        assertThat(report.at("/agreement/personas/captain/Expected Action/pairableItems").asInt()).isEqualTo(2);
        assertThat(report.at("/usage/calls").asLong()).isEqualTo(7);
        assertThat(report.at("/usage/byModel/openai:gpt-4o-mini/completionTokens").asLong()).isEqualTo(300);
        assertThat(report.at("/baseline/personas/captain/status").asText()).isEqualTo("regressed");
        assertThat(report.at("/baseline/personas/captain/scores/Expected Action/delta").asDouble()).isEqualTo(-3.0);
        assertThat(report.at("/baseline/personas/captain/changedAnswers/0/key").asText()).isEqualTo("expected-action-2");
        assertThat(report.at("/baseline/personas/nurse/status").asText()).isEqualTo("missing");
    }

    @Test
    void mutantsSayPerKindWhetherTheyWereCaughtAndWhatTheyCost() {
        assertThat(report.at("/personas/0/mutants").isNull()).as("captain ran without mutants").isTrue();
        JsonNode mutants = report.at("/personas/1/mutants");
        assertThat(mutants.get("required").asBoolean()).isTrue();
        assertThat(mutants.get("passed").asBoolean()).isFalse();
        assertThat(mutants.get("judgeCalls").asInt()).isEqualTo(4);
        assertThat(mutants.get("answersJudged").asInt()).isEqualTo(5);
        assertThat(mutants.get("summary").asText())
                .isEqualTo("caught 1 of 3: disclaimer 1.00; survived: one-word 4.50; unscored: generic; equivalent: one-sentence");
        assertThat(mutants.get("kinds")).extracting(k -> k.get("kind").asText() + " " + k.get("status").asText())
                .containsExactly("disclaimer caught", "one-word survived", "generic unscored", "one-sentence equivalent");
        assertThat(mutants.at("/kinds/0/reason").asText()).contains("below the agent's 4.50 by more than its 95% CI");
        assertThat(mutants.at("/kinds/1/ci")).hasSize(2);
        assertThat(mutants.at("/kinds/2/score").isNull()).as("unscored is null, never 0").isTrue();
        assertThat(mutants.at("/kinds/2/answers/0/error").asText()).contains("HTTP 500");
        assertThat(mutants.at("/kinds/1/answers/1/answer").asText()).isEqualTo("one-word mutant answer 2");
        assertThat(report.at("/personas/1/passed").asBoolean()).isFalse();
        assertThat(report.at("/personas/1/problems")).extracting(JsonNode::asText)
                .containsExactly("mutants survived: one-word");
    }

    @Test
    void schemaRejectsAnUnknownMutantStatus() throws IOException {
        ((ObjectNode) report.at("/personas/1/mutants/kinds/1")).put("status", "killed");

        assertThat(validate(report)).isNotEmpty();
    }

    @Test
    void scoresFilesHavePersonaGymsShape() throws IOException {
        JsonNode scores = JSON.readTree(dir.resolve("out/scores/nurse.json").toFile());

        assertThat(scores.fieldNames()).toIterable().containsExactly("Expected Action", "Action Justification",
                "Linguistic Habits", "Persona Consistency", "Toxicity Control", "PersonaScore");
        assertThat(scores.get("Persona Consistency").asDouble()).isEqualTo(4.5);
        assertThat(scores.get("Expected Action").isNull()).isTrue();
        assertThat(scores.get("PersonaScore").asDouble()).isEqualTo(4.5);
    }
}
