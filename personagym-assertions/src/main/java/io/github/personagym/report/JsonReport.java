package io.github.personagym.report;

import io.github.personagym.gate.Comparison;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.personagym.Task;
import io.github.personagym.llm.Redaction;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code report.json}, and the per-persona scores in PersonaGym's {@code scores.json} shape. */
final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    static String report(ReportModel.Run run) {
        return write(run);
    }

    /** The run with every secret in its texts (answers, reasons, messages, names) replaced by {@code [redacted]}. */
    static ReportModel.Run redacted(ReportModel.Run run, Redaction redaction) {
        try {
            return JSON.treeToValue(redaction.redact(JSON.<JsonNode>valueToTree(run)),
                    ReportModel.Run.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot redact the report", e);
        }
    }

    /** PersonaGym's five task names and {@code PersonaScore}; a task not evaluated or not scored is {@code null}. */
    static String scores(ReportModel.PersonaEntry persona) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String task : Task.BUILT_IN_NAMES) {
            ReportModel.TaskEntry entry = persona.tasks().get(task);
            scores.put(task, entry == null ? null : entry.score());
        }
        scores.put(Comparison.PERSONA_SCORE, persona.personaScore());
        return write(scores);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the report as JSON", e);
        }
    }
}
