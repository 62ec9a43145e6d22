package io.github.personagym.report;

import static io.github.personagym.report.Html.number;
import static io.github.personagym.report.Html.text;

/** The mutants card of a persona: each mutant kind's score and status, and the answers of those not caught. */
final class MutantSection {

    private MutantSection() {
    }

    static String render(ReportModel.MutantsEntry m) {
        var html = new StringBuilder("<div class=\"card mutants\"><h3>Mutants <span class=\"status ")
                .append(m.kinds().stream().anyMatch(k -> k.status().equals("survived")) ? (m.required() ? "fail" : "warn")
                        : "pass").append("\">").append("caught ").append(count(m, "caught")).append(" of ").append(m.kinds().size() - count(m, "equivalent"))
                .append("</span></h3>")
                .append("<p class=\"note\">Broken agents derived from this agent, judged like it on up to ")
                .append(m.questionsPerTask()).append(" questions per task. A mutant is caught when its score is below ")
                .append("the PersonaScore threshold, or below the agent\u2019s PersonaScore by more than its 95% CI; a ")
                .append("surviving one is a finding on the suite and its judges")
                .append(m.required() ? " and fails the build" : "").append(". Cost: ").append(m.answersJudged())
                .append(" mutant answers, ").append(m.judgeCalls()).append(" judge calls")
                .append(m.agentCalls() > 0 ? ", " + m.agentCalls() + " agent calls" : "").append(".</p>")
                .append("<table><thead><tr><th>mutant</th><th>answers with</th><th class=\"num\">score</th>")
                .append("<th class=\"num\">95% CI</th><th class=\"num\">scored</th><th>status</th><th>why</th>")
                .append("</tr></thead><tbody>");
        for (ReportModel.MutantKindEntry k : m.kinds()) {
            String css = statusClass(k.status(), m.required());
            html.append("<tr><td><code>").append(text(k.kind())).append("</code></td><td>").append(text(k.description()))
                    .append("</td><td class=\"num ").append(css).append("\">").append(number(k.score()))
                    .append("</td><td class=\"num\">").append(k.ci() == null ? "n/a"
                            : number(k.ci().get(0)) + "\u2013" + number(k.ci().get(1)))
                    .append("</td><td class=\"num\">").append(k.scored()).append(" of ").append(k.scored() + k.unscored())
                    .append("</td><td class=\"").append(css).append("\">").append(text(k.status()))
                    .append("</td><td>").append(text(k.reason()));
            k.notes().forEach(note -> html.append("<br><span class=\"note\">").append(text(note)).append("</span>"));
            html.append("</td></tr>");
        }
        html.append("</tbody></table>");
        m.kinds().stream().filter(k -> k.status().equals("survived") || k.status().equals("unscored"))
                .forEach(k -> html.append(answers(k)));
        return html.append("</div>").toString();
    }

    private static String answers(ReportModel.MutantKindEntry k) {
        var html = new StringBuilder("<details><summary>").append(text(k.kind())).append(" (").append(text(k.status()))
                .append("): its ").append(k.answers().size()).append(" answers</summary>");
        for (ReportModel.MutantAnswerEntry a : k.answers()) {
            html.append("<article class=\"answer\" data-task=\"").append(text(a.task()))
                    .append("\"><div class=\"answer-head\"><span class=\"score ").append(Html.scoreClass(a.score()))
                    .append("\">").append(number(a.score())).append("</span><span class=\"task\">").append(text(a.task()))
                    .append("</span><code>").append(text(a.key())).append("</code></div>");
            if (a.answer() != null) {
                html.append("<p class=\"a\"><b>A</b>").append(text(a.answer())).append("</p>");
            }
            if (a.error() != null) {
                html.append("<p class=\"a error\"><b>!</b>").append(text(a.error())).append("</p>");
            }
            html.append("</article>");
        }
        return html.append("</details>").toString();
    }

    private static long count(ReportModel.MutantsEntry m, String status) {
        return m.kinds().stream().filter(k -> k.status().equals(status)).count();
    }

    private static String statusClass(String status, boolean required) {
        return switch (status) {
            case "caught" -> "pass";
            case "survived" -> required ? "fail" : "warn";
            case "unscored" -> "warn";
            default -> "na";
        };
    }
}
