package io.github.personagym.report;

import static io.github.personagym.report.Html.number;
import static io.github.personagym.report.Html.text;

import java.util.List;

/**
 * The judge-free tasks of a persona in the HTML report: each task's metric on its own scale (accuracy, ROUGE-L F1,
 * 0 to 1) with its interval and threshold, then every question with what was measured. Kept apart from the score
 * bars, which are on the rubric's 1–5 scale.
 */
final class JudgeFreeSection {

    private JudgeFreeSection() {
    }

    static String render(ReportModel.PersonaEntry p) {
        if (p.metrics() == null || p.metrics().isEmpty()) {
            return "";
        }
        var html = new StringBuilder("<div class=\"card judge-free\"><h3>Judge-free tasks</h3><p class=\"note\">Scored"
                + " without a judge or a model, each on its own scale from 0 to 1; not part of the PersonaScore."
                + "</p><table class=\"metrics\"><thead><tr><th>task</th><th>metric</th><th class=\"num\">value</th>"
                + "<th>95% interval</th><th class=\"num\">scored</th><th class=\"num\">unscored</th>"
                + "<th class=\"num\">threshold</th></tr></thead><tbody>");
        p.metrics().forEach((task, m) -> html.append("<tr data-task=\"").append(text(task)).append("\"><td>")
                .append(text(task)).append("</td><td>").append(text(m.metric()))
                .append(m.exactMatch() == null ? "" : " <small>(exact match " + number(m.exactMatch()) + ")</small>")
                .append("</td><td class=\"num ").append(passClass(m.value(), m.threshold())).append("\">")
                .append(number(m.value())).append("</td><td class=\"interval\">").append(m.ci() == null ? "\u2013"
                        : "[" + number(m.ci().get(0)) + ", " + number(m.ci().get(1)) + "] <small>"
                        + ("wilson".equals(m.interval()) ? "Wilson score" : text(m.interval())) + "</small>")
                .append("</td><td class=\"num\">")
                .append(m.scored()).append("</td><td class=\"num\">").append(m.unscored()).append("</td><td class=\"num\">")
                .append(m.threshold() == null ? "\u2013" : number(m.threshold())).append("</td></tr>"));
        html.append("</tbody></table>");
        List<ReportModel.QuestionEntry> measured = p.questions().stream()
                .filter(q -> q.measured() != null || p.metrics().containsKey(q.task())).toList();
        measured.forEach(q -> html.append(question(q)));
        return html.append("</div>").toString();
    }

    private static String question(ReportModel.QuestionEntry q) {
        ReportModel.MeasuredEntry m = q.measured();
        String value = m == null || m.value() == null ? (m == null ? "n/a" : m.status()) : number(m.value());
        var html = new StringBuilder("<article class=\"answer\" data-task=\"").append(text(q.task()))
                .append("\"><div class=\"answer-head\"><span class=\"score ")
                .append(m == null || m.value() == null ? "na" : m.value() >= 0.5 ? "s5" : "s1").append("\">")
                .append(text(value)).append("</span><span class=\"task\">").append(text(q.task()))
                .append("</span><span class=\"env\">").append(text(q.environment())).append("</span><code>")
                .append(text(q.key())).append("</code></div><p class=\"q\"><b>Q</b>").append(text(q.question()))
                .append("</p>");
        if (m != null && m.options() != null) {
            html.append("<ol class=\"options\" type=\"A\">");
            for (int i = 0; i < m.options().size(); i++) {
                boolean key = String.valueOf((char) ('A' + i)).equals(m.answerKey());
                html.append("<li").append(key ? " class=\"key\"" : "").append(">").append(text(m.options().get(i)))
                        .append(key ? " \u2713" : "").append("</li>");
            }
            html.append("</ol>");
        }
        if (m != null && m.reference() != null) {
            html.append("<p class=\"q\"><b>R</b>").append(text(m.reference())).append("</p>");
        }
        html.append(q.answer() != null ? "<p class=\"a\"><b>A</b>" + text(q.answer()) + "</p>"
                : "<p class=\"a error\"><b>A</b>no answer: " + text(q.agentError()) + "</p>");
        if (m != null) {
            html.append("<p class=\"note\">").append(text(m.detail())).append("</p>");
        }
        return html.append("</article>").toString();
    }

    private static String passClass(Double value, Double threshold) {
        if (value == null) {
            return "na";
        }
        return threshold == null ? "" : value >= threshold ? "pass" : "fail";
    }
}
