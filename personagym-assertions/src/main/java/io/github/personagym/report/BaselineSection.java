package io.github.personagym.report;

import io.github.personagym.gate.Comparison;
import static io.github.personagym.report.Html.number;
import static io.github.personagym.report.Html.text;

import java.util.Locale;

/** The baseline card of a persona: old and new scores, the change, and the answers that moved most. */
final class BaselineSection {

    private BaselineSection() {
    }

    static String render(ReportModel.BaselinePersona b) {
        var html = new StringBuilder("<div class=\"card baseline ").append(text(b.status()))
                .append("\"><h3>Against the baseline <span class=\"status\">").append(text(b.status().replace('_', ' ')))
                .append("</span></h3><p class=\"note\">").append(text(firstLine(b.message()))).append("</p>");
        if (!b.scores().isEmpty()) {
            html.append("<table><thead><tr><th></th><th class=\"num\">baseline</th><th class=\"num\">now</th>"
                    + "<th class=\"num\">change</th><th class=\"num\">95% CI now</th>")
                    .append("<th></th></tr></thead><tbody>");
            b.scores().forEach((what, d) -> html.append("<tr").append(what.equals(Comparison.PERSONA_SCORE) ? ""
                            : " data-task=\"" + text(what) + "\"").append("><td>").append(text(what))
                    .append("</td><td class=\"num\">").append(number(d.baseline())).append("</td><td class=\"num\">")
                    .append(number(d.current())).append("</td><td class=\"num ").append(changeClass(d.change()))
                    .append("\">").append(d.delta() == null ? "n/a" : String.format(Locale.ROOT, "%+.2f", d.delta()))
                    .append("</td><td class=\"num\">").append(d.currentCi() == null ? "n/a"
                            : number(d.currentCi().get(0)) + "\u2013" + number(d.currentCi().get(1)))
                    .append("</td><td class=\"").append(changeClass(d.change())).append("\">")
                    .append(text(d.change().replace('_', ' '))).append("</td></tr>"));
            html.append("</tbody></table>");
        }
        if (!b.changedAnswers().isEmpty()) {
            html.append("<h4>Answers that changed most</h4><table><tbody>");
            b.changedAnswers().forEach(a -> html.append("<tr data-task=\"").append(text(a.task())).append("\"><td><code>")
                    .append(text(a.key())).append("</code></td><td>").append(text(a.task())).append("</td><td class=\"num\">")
                    .append(number(a.baseline())).append(" \u2192 ").append(number(a.current()))
                    .append("</td><td class=\"num ").append(a.delta() < 0 ? "fail" : "pass").append("\">")
                    .append(String.format(Locale.ROOT, "%+.2f", a.delta())).append("</td></tr>"));
            html.append("</tbody></table>");
        }
        return html.append("</div>").toString();
    }

    private static String changeClass(String change) {
        return switch (change) {
            case "regressed", "not_comparable" -> "fail";
            case "improved" -> "pass";
            default -> "";
        };
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
