package io.github.personagym.report;

import static io.github.personagym.report.Html.number;
import static io.github.personagym.report.Html.text;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** One persona's part of the HTML report: scores, distribution, agreement, baseline and the worst answers. */
final class PersonaSection {

    private static final int WORST_PER_TASK = 3;

    private PersonaSection() {
    }

    static String render(ReportModel.PersonaEntry p, ReportModel.BaselinePersona baseline,
                         Map<String, ReportModel.AlphaEntry> agreement, int judges) {
        var html = new StringBuilder("<section class=\"persona\" id=\"p-").append(text(anchor(p.id())))
                .append("\" data-persona=\"").append(text(p.id())).append("\"><div class=\"persona-head\"><h2>")
                .append(text(p.name())).append(" <small>").append(text(p.id())).append("</small></h2>")
                .append(HtmlReport.badge(p.passed())).append("<span class=\"file\">").append(text(p.file()))
                .append("</span></div>");
        if (!p.problems().isEmpty()) {
            html.append("<ul class=\"problems\">");
            p.problems().forEach(problem -> html.append("<li>").append(text(problem)).append("</li>"));
            html.append("</ul>");
        }
        html.append("<div class=\"grid\"><div class=\"card wide\"><h3>Scores <span class=\"big ")
                .append(HtmlReport.cellClass(p.personaScore(), p.threshold())).append("\">")
                .append(number(p.personaScore())).append("</span></h3>")
                .append(Charts.scoreBars(Charts.bars(p, baseline))).append("</div>");
        html.append("<div class=\"card\"><h3>Question scores</h3>").append(histograms(p)).append("</div>");
        html.append("<div class=\"card\"><h3>Judge agreement</h3>").append(agreement(agreement, judges)).append("</div>");
        html.append("</div>");
        html.append(JudgeFreeSection.render(p));
        html.append(ConversationSection.render(p));
        if (baseline != null) {
            html.append(BaselineSection.render(baseline));
        }
        if (p.mutants() != null) {
            html.append(MutantSection.render(p.mutants()));
        }
        html.append(answers(p));
        return html.append("</section>").toString();
    }

    static String anchor(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private static String histograms(ReportModel.PersonaEntry p) {
        List<ReportModel.QuestionEntry> rubric = p.questions().stream().filter(q -> p.tasks().containsKey(q.task()))
                .toList();
        var html = new StringBuilder("<div class=\"hist-box\" data-hist=\"\">").append(Charts.histogram(rubric))
                .append("<p class=\"note\">all rubric tasks, ").append(rubric.size()).append(" questions</p></div>");
        for (String task : p.tasks().keySet()) {
            List<ReportModel.QuestionEntry> ofTask = p.questions().stream().filter(q -> q.task().equals(task)).toList();
            html.append("<div class=\"hist-box\" hidden data-hist=\"").append(text(task)).append("\">")
                    .append(Charts.histogram(ofTask)).append("<p class=\"note\">").append(text(task)).append(", ")
                    .append(ofTask.size()).append(" questions</p></div>");
        }
        return html.toString();
    }

    private static String agreement(Map<String, ReportModel.AlphaEntry> byTask, int judges) {
        if (judges < 2) {
            return "<p class=\"note\">One judge: agreement needs two or more. Configure several judges in "
                    + "<code>personagym.judges</code> to see it.</p>";
        }
        var html = new StringBuilder("<table class=\"agreement\"><thead><tr><th>task</th>"
                + "<th class=\"num\" title=\"Krippendorff's alpha, interval metric\">\u03b1</th>"
                + "<th class=\"num\" title=\"ordinal metric\">\u03b1 ord.</th>"
                + "<th class=\"num\" title=\"mean of highest minus lowest judge score\">spread</th>"
                + "<th class=\"num\">n</th></tr></thead><tbody>");
        byTask.forEach((task, a) -> html.append("<tr data-task=\"").append(text(task)).append("\"><td>")
                .append(text(task)).append("</td><td class=\"num ").append(alphaClass(a.intervalAlpha())).append("\">")
                .append(number(a.intervalAlpha())).append("</td><td class=\"num ").append(alphaClass(a.ordinalAlpha()))
                .append("\">").append(number(a.ordinalAlpha())).append("</td><td class=\"num\">")
                .append(number(a.meanSpread())).append("</td><td class=\"num\">").append(a.pairableItems())
                .append("</td></tr>"));
        return html.append("</tbody></table><p class=\"note\">\u03b1 \u2265 0.80 good, \u2265 0.67 tentative, ")
                .append("below: the judges disagree.</p>").toString();
    }

    private static String alphaClass(Double alpha) {
        if (alpha == null) {
            return "na";
        }
        return alpha >= 0.8 ? "pass" : alpha >= 0.667 ? "warn" : "fail";
    }

    private static String answers(ReportModel.PersonaEntry p) {
        List<ReportModel.QuestionEntry> worst = p.tasks().keySet().stream()
                .flatMap(task -> p.questions().stream().filter(q -> q.task().equals(task) && q.score() != null)
                        .sorted(Comparator.comparingDouble(ReportModel.QuestionEntry::score)).limit(WORST_PER_TASK))
                .sorted(Comparator.comparingDouble(ReportModel.QuestionEntry::score))
                .toList();
        var html = new StringBuilder("<div class=\"card answers\"><h3>Worst answers</h3><p class=\"note\">The ")
                .append(WORST_PER_TASK).append(" lowest-scored answers of each task, lowest first.</p>");
        worst.forEach(q -> html.append(answer(q)));
        if (worst.isEmpty()) {
            html.append("<p class=\"note\">No scored answer.</p>");
        }
        List<ReportModel.QuestionEntry> unscored = p.questions().stream()
                .filter(q -> q.score() == null && !(p.metrics() != null && p.metrics().containsKey(q.task()))).toList();
        if (!unscored.isEmpty()) {
            html.append("<h3>Unscored answers</h3><p class=\"note\">No score is never read as 0: these count as ")
                    .append("unscored.</p>");
            unscored.forEach(q -> html.append(answer(q)));
        }
        return html.append("</div>").toString();
    }

    private static String answer(ReportModel.QuestionEntry q) {
        var html = new StringBuilder("<article class=\"answer\" data-task=\"").append(text(q.task()))
                .append("\"><div class=\"answer-head\"><span class=\"score ").append(Html.scoreClass(q.score()))
                .append("\">").append(number(q.score())).append("</span><span class=\"task\">").append(text(q.task()))
                .append("</span><span class=\"env\">").append(text(q.environment())).append("</span><code>")
                .append(text(q.key())).append("</code>");
        if (q.spread() != null && q.spread() >= 2) {
            html.append("<span class=\"spread\">judges differ by ").append(number(q.spread())).append("</span>");
        }
        html.append("</div>");
        if (q.context() != null && !q.context().isEmpty()) {
            html.append("<ol class=\"context\" title=\"the earlier turns it was asked after\">");
            q.context().forEach(turn -> html.append("<li class=\"").append(text(turn.speaker())).append("\"><b>")
                    .append(turn.speaker().equals("user") ? "U" : "P").append("</b>").append(text(turn.text()))
                    .append("</li>"));
            html.append("</ol>");
        }
        html.append("<p class=\"q\"><b>Q</b>").append(text(q.question())).append("</p>");
        if (q.answer() != null) {
            html.append("<p class=\"a\"><b>A</b>").append(text(q.answer())).append("</p>");
        } else {
            html.append("<p class=\"a error\"><b>A</b>no answer: ").append(text(q.agentError())).append("</p>");
        }
        html.append("<ul class=\"verdicts\">");
        for (ReportModel.VerdictEntry v : q.verdicts()) {
            html.append("<li><span class=\"judge\">").append(text(v.judge())).append("</span><span class=\"score ")
                    .append(v.score() == null ? "na" : "s" + v.score()).append("\">")
                    .append(v.score() == null ? text(v.kind()) : v.score()).append("</span><span class=\"reason\">")
                    .append(text(Stream.of(v.reasoning(), v.error()).filter(s -> s != null).findFirst().orElse("")))
                    .append("</span></li>");
        }
        return html.append("</ul></article>").toString();
    }
}
