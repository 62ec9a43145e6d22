package io.github.personagym.report;

import io.github.personagym.evaluation.PersonaRun;
import static io.github.personagym.report.Html.text;

import io.github.personagym.judge.Verdict;
import io.github.personagym.services.JudgesInForce;
import java.util.List;

/** The judges in force, as the console summary, {@code report.json} and {@code report.html} state them. */
final class JudgesSection {

    private JudgesSection() {
    }

    static ReportModel.JudgesInForceEntry entry(JudgesInForce judges) {
        return new ReportModel.JudgesInForceEntry(judges.judges().stream()
                .map(j -> new ReportModel.JudgeInForce(j.spec(), j.source().id(), j.origin())).toList(),
                judges.errors(), judges.notes());
    }

    /** When the run did not say: the judges its verdicts name, as handed over in code. */
    static JudgesInForce fromVerdicts(List<PersonaRun> runs) {
        return JudgesInForce.given(ReportBuilder.allQuestions(runs).stream()
                .flatMap(q -> q.judged().verdicts().stream()).map(Verdict::judge).distinct().toList());
    }

    /** {@code Judges: openai:gpt-4o-mini (system property personagym.judges)}, then each error and note, indented. */
    static String console(ReportModel.JudgesInForceEntry judges) {
        var text = new StringBuilder("Judges: ").append(summary(judges)).append('\n');
        judges.errors().forEach(error -> text.append("  ERROR ").append(error).append('\n'));
        judges.notes().forEach(note -> text.append("  ").append(note).append('\n'));
        return text.toString();
    }

    static void html(StringBuilder page, ReportModel.JudgesInForceEntry judges) {
        page.append("<p class=\"in-force\">In force: ");
        for (int i = 0; i < judges.judges().size(); i++) {
            ReportModel.JudgeInForce judge = judges.judges().get(i);
            page.append(i == 0 ? "" : ", ").append("<code>").append(text(judge.spec())).append("</code> (")
                    .append(text(judge.origin())).append(')');
        }
        page.append("</p>");
        judges.errors().forEach(error -> page.append("<p class=\"judge-error\">").append(text(error)).append("</p>"));
        judges.notes().forEach(note -> page.append("<p class=\"judge-note\">").append(text(note)).append("</p>"));
    }

    /** The judges on one line, each with where it came from (once when they share it). */
    static String summary(ReportModel.JudgesInForceEntry judges) {
        if (judges.judges().isEmpty()) {
            return "none";
        }
        if (judges.judges().stream().map(ReportModel.JudgeInForce::origin).distinct().count() == 1) {
            return String.join(", ", judges.judges().stream().map(ReportModel.JudgeInForce::spec).toList())
                    + " (" + judges.judges().get(0).origin() + ")";
        }
        return String.join(", ", judges.judges().stream().map(j -> j.spec() + " (" + j.origin() + ")").toList());
    }
}
