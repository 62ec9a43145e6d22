package io.github.personagym.report;

import io.github.personagym.gate.Comparison;
import io.github.personagym.Task;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The plain-text table printed at the end of a run: one row per persona, aligned columns. */
final class SummaryTable {

    private static final String GAP = "  ";

    private SummaryTable() {
    }

    static String render(ReportModel.Run run) {
        List<String> tasks = tasks(run);
        List<String> header = new ArrayList<>(List.of("persona"));
        header.addAll(tasks);
        header.addAll(List.of("PersonaScore", "threshold", "vs baseline", "result"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (ReportModel.PersonaEntry persona : run.personas()) {
            rows.add(row(persona, tasks, run.baseline()));
        }
        int[] widths = widths(rows);
        var text = new StringBuilder("PersonaGym summary\n");
        text.append(line(header, widths)).append('\n');
        text.append(line(header.stream().map(h -> "-".repeat(h.length())).toList(), widths)).append('\n');
        rows.subList(1, rows.size()).forEach(row -> text.append(line(row, widths)).append('\n'));
        text.append(judgeFree(run));
        text.append(ConversationLines.render(run));
        for (ReportModel.PersonaEntry persona : run.personas()) {
            if (!persona.passed()) {
                text.append("FAIL ").append(persona.id()).append(": ").append(String.join("; ", persona.problems()))
                        .append('\n');
            }
        }
        for (ReportModel.PersonaEntry persona : run.personas()) {
            ReportModel.BaselinePersona baseline = run.baseline().personas().get(persona.id());
            if (baseline != null && baseline.status().equals("missing")) {
                text.append("NOTE ").append(persona.id()).append(": not compared with a baseline: ")
                        .append(baseline.message().replaceAll("\\s*\\R\\s*", " ")).append('\n');
            }
        }
        return text.toString();
    }

    /**
     * The judge-free tasks, in a table of their own: each on its own scale (accuracy, ROUGE-L F1: 0 to 1), none of
     * them part of the PersonaScore. Empty when the run has none.
     */
    static String judgeFree(ReportModel.Run run) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("persona", "judge-free task", "metric", "value", "95% interval", "scored", "unscored",
                "threshold"));
        for (ReportModel.PersonaEntry persona : run.personas()) {
            if (persona.metrics() == null) {
                continue;
            }
            persona.metrics().forEach((task, m) -> rows.add(List.of(persona.id(), task, m.metric(), number(m.value()),
                    m.ci() == null ? "-" : "[" + number(m.ci().get(0)) + ", " + number(m.ci().get(1)) + "]",
                    Integer.toString(m.scored()), Integer.toString(m.unscored()),
                    m.threshold() == null ? "-" : number(m.threshold()))));
        }
        if (rows.size() == 1) {
            return "";
        }
        int[] widths = widths(rows);
        var text = new StringBuilder("\nJudge-free tasks (each on its own scale, 0 to 1; not part of the PersonaScore)\n");
        text.append(line(rows.get(0), widths)).append('\n');
        text.append(line(rows.get(0).stream().map(h -> "-".repeat(h.length())).toList(), widths)).append('\n');
        rows.subList(1, rows.size()).forEach(row -> text.append(line(row, widths)).append('\n'));
        return text.toString();
    }

    /** Built-in tasks in PersonaGym's order, then the others as they come. */
    static List<String> tasks(ReportModel.Run run) {
        Set<String> present = new LinkedHashSet<>();
        run.personas().forEach(p -> present.addAll(p.tasks().keySet()));
        List<String> ordered = new ArrayList<>(Task.BUILT_IN_NAMES.stream().filter(present::contains).toList());
        present.stream().filter(t -> !ordered.contains(t)).forEach(ordered::add);
        return ordered;
    }

    private static List<String> row(ReportModel.PersonaEntry persona, List<String> tasks,
                                    ReportModel.BaselineEntry baseline) {
        List<String> row = new ArrayList<>(List.of(persona.id()));
        for (String task : tasks) {
            ReportModel.TaskEntry entry = persona.tasks().get(task);
            row.add(entry == null ? "-" : number(entry.score()));
        }
        row.add(number(persona.personaScore()));
        row.add(persona.threshold() == null ? "-" : number(persona.threshold()));
        row.add(baselineDelta(baseline.personas().get(persona.id())));
        row.add(persona.passed() ? "PASS" : "FAIL");
        return row;
    }

    static String baselineDelta(ReportModel.BaselinePersona baseline) {
        if (baseline == null || baseline.status().equals("missing")) {
            return "none";
        }
        String failed = switch (baseline.status()) {
            case "broken" -> "unreadable";
            case "not_comparable" -> "not comparable";
            case "not_written" -> "not written";
            default -> "";
        };
        if (!failed.isEmpty()) {
            return failed;
        }
        ReportModel.ScoreDelta score = baseline.scores().get(Comparison.PERSONA_SCORE);
        if (score == null || score.delta() == null) {
            return baseline.status().equals("written") ? "written" : "n/a";
        }
        return String.format(Locale.ROOT, "%+.2f", score.delta());
    }

    static String number(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static int[] widths(List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        return widths;
    }

    /** The first column and the result are left-aligned, the figures right-aligned. */
    private static String line(List<String> cells, int[] widths) {
        var text = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            boolean left = i == 0 || i == cells.size() - 1;
            String cell = cells.get(i);
            String pad = " ".repeat(widths[i] - cell.length());
            text.append(i == 0 ? "" : GAP).append(left ? cell + pad : pad + cell);
        }
        return text.toString().stripTrailing();
    }
}
