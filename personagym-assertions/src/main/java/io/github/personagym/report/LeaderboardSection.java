package io.github.personagym.report;

import static io.github.personagym.report.Html.text;

import io.github.personagym.Task;
import io.github.personagym.benchmark.Leaderboard;
import io.github.personagym.benchmark.PublishedScores;
import io.github.personagym.score.ConfidenceInterval;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The leaderboard of a benchmark run: its PersonaScore and task scores, with their intervals, among the models of the
 * paper, and a plain statement of whose judges made which figures. Shown only for a run of benchmark personas (every
 * persona read from a benchmark question file, {@code .json}): other personas are not comparable with the paper's.
 */
final class LeaderboardSection {

    static final String RUN_NAME = "This run";

    private LeaderboardSection() {
    }

    /** The run's leaderboard, when the run is of benchmark personas. */
    static Optional<Leaderboard> of(ReportModel.Run run) {
        if (run.personas().isEmpty() || !run.personas().stream().allMatch(p -> p.file().endsWith(".json"))) {
            return Optional.empty();
        }
        Map<String, Double> personaScores = new LinkedHashMap<>();
        Map<String, Map<String, Double>> taskScores = new LinkedHashMap<>();
        for (ReportModel.PersonaEntry persona : run.personas()) {
            personaScores.put(persona.id(), persona.personaScore());
            Map<String, Double> tasks = new LinkedHashMap<>();
            persona.tasks().forEach((task, entry) -> tasks.put(task, entry.score()));
            taskScores.put(persona.id(), tasks);
        }
        return Optional.of(Leaderboard.of(PublishedScores.paper(), RUN_NAME, personaScores, taskScores,
                JudgesSection.summary(run.judgesInForce())));
    }

    /** The statement of the judges, the same on the console and in the page. */
    static String judgesStatement(Leaderboard board) {
        PublishedScores paper = PublishedScores.paper();
        return "The paper's scores were judged by " + paper.judges() + ", on " + paper.questions() + "; this run's by "
                + board.judges() + ", on " + board.personas() + (board.personas() == 1 ? " persona" : " personas")
                + ". Scores from other judges or other personas are not directly comparable.";
    }

    static String html(ReportModel.Run run) {
        return of(run).map(LeaderboardSection::html).orElse("");
    }

    static String html(Leaderboard board) {
        var page = new StringBuilder("<section class=\"card\" id=\"leaderboard\"><h2>Leaderboard</h2><p class=\"note\">")
                .append(text(judgesStatement(board))).append("</p><div class=\"scroll\"><table class=\"summary\">")
                .append("<thead><tr><th>#</th><th>model</th>");
        Task.BUILT_IN_NAMES.forEach(t -> page.append("<th>").append(text(t)).append("</th>"));
        page.append("<th>PersonaScore</th></tr></thead><tbody>");
        List<String> footnotes = new ArrayList<>();
        for (int i = 0; i < board.rows().size(); i++) {
            Leaderboard.Row row = board.rows().get(i);
            page.append(row.thisRun() ? "<tr class=\"this-run\" data-leaderboard=\"run\">" : "<tr>")
                    .append("<td class=\"num\">").append(i + 1).append("</td><td>")
                    .append(row.thisRun() ? "<b>" + text(row.name()) + "</b>" : text(row.name())).append("</td>");
            Task.BUILT_IN_NAMES.forEach(t -> page.append("<td class=\"num\">").append(text(cell(row.tasks().get(t))))
                    .append("</td>"));
            page.append("<td class=\"num strong\">").append(text(cell(row.personaScore())));
            row.meanOfTasksWhereDifferent().ifPresent(mean -> {
                footnotes.add(row.name() + ": the published PersonaScore " + number(row.personaScore()) + " is not the "
                        + "mean of its task scores, " + String.format(Locale.ROOT, "%.2f", mean) + ".");
                page.append("<sup>").append(footnotes.size()).append("</sup>");
            });
            page.append("</td></tr>");
        }
        page.append("</tbody></table></div>");
        for (int i = 0; i < footnotes.size(); i++) {
            page.append("<p class=\"note\"><sup>").append(i + 1).append("</sup> ").append(text(footnotes.get(i)))
                    .append("</p>");
        }
        page.append("<p class=\"note\">").append(text(source())).append("</p></section>");
        return page.toString();
    }

    static String console(ReportModel.Run run) {
        return of(run).map(LeaderboardSection::console).orElse("");
    }

    static String console(Leaderboard board) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("#", "model"));
        header.addAll(Task.BUILT_IN_NAMES);
        header.add("PersonaScore");
        rows.add(header);
        for (int i = 0; i < board.rows().size(); i++) {
            Leaderboard.Row row = board.rows().get(i);
            List<String> cells = new ArrayList<>(List.of(Integer.toString(i + 1), (row.thisRun() ? "> " : "") + row.name()));
            Task.BUILT_IN_NAMES.forEach(t -> cells.add(cell(row.tasks().get(t))));
            cells.add(cell(row.personaScore()) + row.meanOfTasksWhereDifferent().map(m -> " *").orElse(""));
            rows.add(cells);
        }
        var text = new StringBuilder("Leaderboard (PersonaGym, July 2024)\n");
        int[] widths = new int[header.size()];
        rows.forEach(r -> { for (int c = 0; c < r.size(); c++) { widths[c] = Math.max(widths[c], r.get(c).length()); } });
        for (List<String> r : rows) {
            for (int c = 0; c < r.size(); c++) {
                text.append(c == 0 ? "" : "  ").append(c == 1 ? pad(r.get(c), widths[c], false) : pad(r.get(c), widths[c], true));
            }
            text.append('\n');
        }
        board.rows().stream().filter(r -> r.meanOfTasksWhereDifferent().isPresent()).forEach(r -> text.append("* ")
                .append(r.name()).append(": the published PersonaScore is not the mean of its task scores, ")
                .append(String.format(Locale.ROOT, "%.2f", r.meanOfTasksWhereDifferent().get())).append(".\n"));
        return text.append(judgesStatement(board)).append('\n').append(source()).append('\n').toString();
    }

    /** {@code 4.21 [4.05, 4.37]}, {@code 4.21} without an interval, {@code n/a} without a score. */
    static String cell(Leaderboard.Score score) {
        if (score == null || score.value().isEmpty()) {
            return "n/a";
        }
        return number(score) + score.ci().map(ConfidenceInterval::toString).map(ci -> " " + ci).orElse("");
    }

    private static String number(Leaderboard.Score score) {
        return String.format(Locale.ROOT, "%.2f", score.value().getAsDouble());
    }

    private static String source() {
        return "Published figures: " + PublishedScores.paper().source() + ".";
    }

    private static String pad(String cell, int width, boolean right) {
        String space = " ".repeat(width - cell.length());
        return right ? space + cell : cell + space;
    }
}
