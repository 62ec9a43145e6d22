package io.github.personagym.report;

import static io.github.personagym.report.Html.number;
import static io.github.personagym.report.Html.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** {@code report.html}: one self-contained page, styles, charts and the filter script inline, nothing fetched. */
final class HtmlReport {

    private HtmlReport() {
    }

    static String render(ReportModel.Run run) {
        var page = new StringBuilder(64 * 1024);
        page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">")
                .append("<title>PersonaGym report</title><style>").append(resource("report.css"))
                .append("</style></head><body data-filters=\"off\">");
        header(page, run);
        filters(page, run);
        page.append(LeaderboardSection.html(run));
        summary(page, run);
        page.append(SliceSection.html(run));
        for (ReportModel.PersonaEntry persona : run.personas()) {
            page.append(PersonaSection.render(persona, run.baseline().personas().get(persona.id()),
                    run.agreement().personas().get(persona.id()), run.agreement().judges()));
        }
        judgesAndUsage(page, run);
        page.append("<footer>PersonaGym for JUnit \u00b7 method of Samuel et al., <i>PersonaGym: Evaluating Persona ")
                .append("Agents and LLMs</i> (arXiv 2407.18416) \u00b7 generated ").append(text(run.generatedAt()))
                .append("</footer><script>").append(resource("report.js")).append("</script></body></html>\n");
        return page.toString();
    }

    private static void header(StringBuilder page, ReportModel.Run run) {
        long passed = run.personas().stream().filter(ReportModel.PersonaEntry::passed).count();
        long failed = run.personas().size() - passed;
        int scored = run.personas().stream().mapToInt(ReportModel.PersonaEntry::scored).sum();
        int unscored = run.personas().stream().mapToInt(ReportModel.PersonaEntry::unscored).sum();
        page.append("<header><h1>PersonaGym report</h1><p class=\"sub\">").append(text(when(run.generatedAt())))
                .append(" \u00b7 judges: ").append(text(JudgesSection.summary(run.judgesInForce())))
                .append("</p><div class=\"tiles\">")
                .append(tile(Integer.toString(run.personas().size()), "personas", ""))
                .append(tile(Long.toString(passed), "passed", passed > 0 ? "pass" : ""))
                .append(tile(Long.toString(failed), "failed", failed > 0 ? "fail" : ""))
                .append(tile(Integer.toString(scored), "answers scored", ""))
                .append(tile(Integer.toString(unscored), "unscored", unscored > 0 ? "warn" : ""))
                .append(tile(Integer.toString(run.judges().size()), run.judges().size() == 1 ? "judge" : "judges", ""));
        if (run.personas().stream().anyMatch(p -> p.mutants() != null)) {
            long survived = run.personas().stream().filter(p -> p.mutants() != null)
                    .flatMap(p -> p.mutants().kinds().stream()).filter(k -> k.status().equals("survived")).count();
            page.append(tile(Long.toString(survived), "mutants survived", survived > 0 ? "warn" : "pass"));
        }
        if (run.usage() != null) {
            page.append(tile(Long.toString(run.usage().calls()), "model calls", ""))
                    .append(tile(ConsoleProgress.tokens(run.usage().promptTokens() + run.usage().completionTokens()),
                            "tokens", ""));
        }
        page.append("</div></header>");
    }

    /** {@code 2025-01-31T10:15:30.123Z} as {@code 2025-01-31 10:15 UTC}. */
    static String when(String instant) {
        return instant.length() >= 16 ? instant.substring(0, 10) + " " + instant.substring(11, 16) + " UTC" : instant;
    }

    private static String tile(String value, String label, String css) {
        return "<div class=\"tile " + css + "\"><b>" + text(value) + "</b><span>" + text(label) + "</span></div>";
    }

    private static void filters(StringBuilder page, ReportModel.Run run) {
        page.append("<nav class=\"filters\"><label>Persona <select id=\"f-persona\"><option value=\"\">all</option>");
        run.personas().forEach(p -> page.append("<option value=\"").append(text(p.id())).append("\">")
                .append(text(p.id())).append("</option>"));
        page.append("</select></label><label>Task <select id=\"f-task\"><option value=\"\">all</option>");
        SummaryTable.tasks(run).forEach(t -> page.append("<option value=\"").append(text(t)).append("\">")
                .append(text(t)).append("</option>"));
        page.append("</select></label><span class=\"legend\"><i class=\"sw pass\"></i>meets threshold ")
                .append("<i class=\"sw fail\"></i>below threshold <i class=\"sw neutral\"></i>no threshold ")
                .append("<i class=\"mk ci\"></i>95% CI <i class=\"mk th\"></i>threshold <i class=\"mk bl\"></i>baseline")
                .append("</span></nav>");
    }

    private static void summary(StringBuilder page, ReportModel.Run run) {
        List<String> tasks = SummaryTable.tasks(run);
        page.append("<section class=\"card\" id=\"summary\"><h2>Summary</h2><div class=\"scroll\"><table class=\"summary\">")
                .append("<thead><tr><th>persona</th>");
        tasks.forEach(t -> page.append("<th data-task=\"").append(text(t)).append("\">").append(text(t)).append("</th>"));
        page.append("<th>PersonaScore</th><th>threshold</th><th>vs baseline</th><th>result</th></tr></thead><tbody>");
        for (ReportModel.PersonaEntry p : run.personas()) {
            page.append("<tr data-persona=\"").append(text(p.id())).append("\"><td><a href=\"#p-")
                    .append(text(PersonaSection.anchor(p.id()))).append("\">").append(text(p.id())).append("</a></td>");
            for (String t : tasks) {
                ReportModel.TaskEntry e = p.tasks().get(t);
                page.append("<td class=\"num ").append(e == null ? "" : cellClass(e.score(), e.threshold()))
                        .append("\" data-task=\"").append(text(t)).append("\">")
                        .append(e == null ? "\u2013" : number(e.score())).append("</td>");
            }
            page.append("<td class=\"num strong ").append(cellClass(p.personaScore(), p.threshold())).append("\">")
                    .append(number(p.personaScore())).append("</td><td class=\"num\">")
                    .append(p.threshold() == null ? "\u2013" : number(p.threshold())).append("</td><td class=\"num\">")
                    .append(text(SummaryTable.baselineDelta(run.baseline().personas().get(p.id()))))
                    .append("</td><td>").append(badge(p.passed())).append("</td></tr>");
        }
        page.append("</tbody></table></div></section>");
    }

    static String cellClass(Double score, Double threshold) {
        if (score == null) {
            return "na";
        }
        return threshold == null ? "" : score >= threshold ? "pass" : "fail";
    }

    static String badge(boolean passed) {
        return passed ? "<span class=\"badge pass\">PASS</span>" : "<span class=\"badge fail\">FAIL</span>";
    }

    private static void judgesAndUsage(StringBuilder page, ReportModel.Run run) {
        page.append("<section class=\"card\" id=\"judges\"><h2>Judges</h2>");
        JudgesSection.html(page, run.judgesInForce());
        page.append("<table><thead><tr><th>judge</th>")
                .append(headers("verdicts", "scored", "unparseable", "errors", "mean score")).append("</tr></thead><tbody>");
        run.judges().forEach(j -> page.append("<tr><td><code>").append(text(j.id())).append("</code></td><td class=\"num\">")
                .append(j.verdicts()).append("</td><td class=\"num\">").append(j.scored()).append("</td><td class=\"num\">")
                .append(j.unparseable()).append("</td><td class=\"num\">").append(j.errors())
                .append("</td><td class=\"num\">").append(number(j.meanScore())).append("</td></tr>"));
        page.append("</tbody></table>");
        ReportModel.AlphaEntry overall = run.agreement().overall();
        page.append("<p class=\"note\">Agreement over all answers: Krippendorff\u2019s \u03b1 (interval) ")
                .append(number(overall.intervalAlpha())).append(", (ordinal) ").append(number(overall.ordinalAlpha()))
                .append(", mean spread ").append(number(overall.meanSpread())).append(" over ")
                .append(overall.pairableItems()).append(" answers with two or more scores.</p>");
        if (run.usage() == null) {
            page.append("<p class=\"note\">Model usage was not metered in this run.</p></section>");
            return;
        }
        page.append("<h2>Model usage</h2><table><thead><tr><th>model</th>")
                .append(headers("calls", "prompt tokens", "completion tokens", "replayed")).append("</tr></thead><tbody>");
        for (Map.Entry<String, ReportModel.ModelUsage> e : run.usage().byModel().entrySet()) {
            ReportModel.ModelUsage u = e.getValue();
            page.append("<tr><td><code>").append(text(e.getKey())).append("</code></td><td class=\"num\">")
                    .append(u.calls()).append("</td><td class=\"num\">").append(u.promptTokens())
                    .append("</td><td class=\"num\">").append(u.completionTokens()).append("</td><td class=\"num\">")
                    .append(u.replays()).append("</td></tr>");
        }
        page.append("</tbody></table></section>");
    }

    private static String headers(String... numeric) {
        var html = new StringBuilder();
        for (String header : numeric) {
            html.append("<th class=\"num\">").append(text(header)).append("</th>");
        }
        return html.toString();
    }

    static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name + " beside " + HtmlReport.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
