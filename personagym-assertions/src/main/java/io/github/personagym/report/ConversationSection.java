package io.github.personagym.report;

import static io.github.personagym.report.Html.coordinate;
import static io.github.personagym.report.Html.number;
import static io.github.personagym.report.Html.text;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The conversation tasks of a persona in the HTML report: per task a turn curve (the score of each turn, 1 to 5, with
 * the means of the early and the late turns drawn over their turns), the drift, and each turn's message and answer.
 */
final class ConversationSection {

    private static final double WIDTH = 660;
    private static final double HEIGHT = 200;
    private static final double LEFT = 40;
    private static final double RIGHT = 640;
    private static final double TOP = 12;
    private static final double BOTTOM = 170;

    private ConversationSection() {
    }

    static String render(ReportModel.PersonaEntry p) {
        if (p.conversations() == null || p.conversations().isEmpty()) {
            return "";
        }
        var html = new StringBuilder("<div class=\"card conversations\"><h3>Conversations</h3><p class=\"note\">Each"
                + " turn judged 1 to 5 on its task's rubric, with the conversation so far in the judges' view. Drift:"
                + " the mean score of the late turns minus that of the early turns; below 0 the persona faded.</p>");
        p.conversations().forEach((task, c) -> html.append(task(task, c, p.questions().stream()
                .filter(q -> q.task().equals(task) && q.turn() != null).toList())));
        return html.append("</div>").toString();
    }

    private static String task(String task, ReportModel.ConversationEntry c, List<ReportModel.QuestionEntry> turns) {
        var html = new StringBuilder("<section class=\"conversation\" data-task=\"").append(text(task)).append("\"><h4>")
                .append(text(task)).append("</h4>").append(curve(task, c)).append("<p class=\"drift ")
                .append(c.drift() == null ? "na" : c.driftPassed() ? "pass" : "fail").append("\">");
        if (c.drift() == null) {
            html.append("No drift figure: ").append(text(c.noDrift()));
        } else {
            html.append("Drift <b>").append(number(c.drift())).append("</b>")
                    .append(c.driftCi() == null ? "" : " (95% CI [" + number(c.driftCi().get(0)) + ", "
                            + number(c.driftCi().get(1)) + "])")
                    .append(": turns ").append(text(range(c.late()))).append(" against turns ")
                    .append(text(range(c.early()))).append("; at least ").append(number(c.lowestDrift()))
                    .append(" passes.");
        }
        html.append("</p><ol class=\"turns\">");
        turns.forEach(q -> html.append("<li value=\"").append(q.turn()).append("\"><span class=\"score ")
                .append(Html.scoreClass(q.score())).append("\">").append(number(q.score())).append("</span>")
                .append("<p class=\"q\"><b>U</b>").append(text(q.question())).append("</p>")
                .append(q.answer() != null ? "<p class=\"a\"><b>A</b>" + text(q.answer()) + "</p>"
                        : "<p class=\"a error\"><b>A</b>no answer: " + text(q.agentError()) + "</p>")
                .append("</li>"));
        return html.append("</ol></section>").toString();
    }

    /** The turn curve: a point per scored turn, joined in order; the early and late means as dashed segments. */
    static String curve(String task, ReportModel.ConversationEntry c) {
        int count = c.turns().size();
        var svg = new StringBuilder("<svg class=\"turn-curve\" role=\"img\" viewBox=\"0 0 ").append(coordinate(WIDTH))
                .append(' ').append(coordinate(HEIGHT)).append("\" width=\"").append(coordinate(WIDTH))
                .append("\" height=\"").append(coordinate(HEIGHT)).append("\" aria-label=\"Score per turn of ")
                .append(text(task)).append("\">");
        for (int score = 1; score <= 5; score++) {
            svg.append("<line class=\"grid\" x1=\"").append(coordinate(LEFT)).append("\" y1=\"")
                    .append(coordinate(y(score))).append("\" x2=\"").append(coordinate(RIGHT)).append("\" y2=\"")
                    .append(coordinate(y(score))).append("\"/><text class=\"tick\" x=\"").append(coordinate(LEFT - 14))
                    .append("\" y=\"").append(coordinate(y(score) + 4)).append("\">").append(score).append("</text>");
        }
        StringBuilder points = new StringBuilder();
        for (ReportModel.TurnEntry turn : c.turns()) {
            double x = x(turn.turn(), count);
            svg.append("<text class=\"tick\" x=\"").append(coordinate(x)).append("\" y=\"")
                    .append(coordinate(BOTTOM + 20)).append("\">").append(turn.turn()).append("</text>");
            if (turn.score() != null) {
                points.append(coordinate(x)).append(',').append(coordinate(y(turn.score()))).append(' ');
            }
        }
        if (!points.isEmpty()) {
            svg.append("<polyline class=\"curve\" points=\"").append(points.toString().strip()).append("\"/>");
        }
        for (ReportModel.TurnEntry turn : c.turns()) {
            double x = x(turn.turn(), count);
            svg.append(turn.score() == null
                    ? "<circle class=\"turn unscored\" data-turn=\"" + turn.turn() + "\" cx=\"" + coordinate(x)
                            + "\" cy=\"" + coordinate(BOTTOM) + "\" r=\"4\"><title>turn " + turn.turn()
                            + ": unscored</title></circle>"
                    : "<circle class=\"turn\" data-turn=\"" + turn.turn() + "\" cx=\"" + coordinate(x) + "\" cy=\""
                            + coordinate(y(turn.score())) + "\" r=\"4\"><title>turn " + turn.turn() + ": "
                            + number(turn.score()) + "</title></circle>");
        }
        svg.append(window("early", c.early(), c, count)).append(window("late", c.late(), c, count));
        return svg.append("</svg>").toString();
    }

    /** A dashed segment at the mean score of a window's scored turns, over its turns. */
    private static String window(String name, List<Integer> turns, ReportModel.ConversationEntry c, int count) {
        OptionalDouble mean = c.turns().stream().filter(t -> turns.contains(t.turn())).map(ReportModel.TurnEntry::score)
                .filter(Objects::nonNull).mapToDouble(Double::doubleValue).average();
        if (turns.isEmpty() || mean.isEmpty()) {
            return "";
        }
        double y = y(mean.getAsDouble());
        return "<line class=\"window " + name + "\" x1=\"" + coordinate(x(turns.get(0), count) - 8) + "\" y1=\""
                + coordinate(y) + "\" x2=\"" + coordinate(x(turns.get(turns.size() - 1), count) + 8) + "\" y2=\""
                + coordinate(y) + "\"><title>" + name + " turns: mean " + number(mean.getAsDouble()) + "</title></line>";
    }

    private static double x(int turn, int count) {
        return count <= 1 ? (LEFT + RIGHT) / 2 : LEFT + 20 + (RIGHT - LEFT - 40) * (turn - 1) / (count - 1);
    }

    private static double y(double score) {
        return BOTTOM - (BOTTOM - TOP) * (score - 1) / 4;
    }

    private static String range(List<Integer> turns) {
        return io.github.personagym.score.ConversationScore.Drift.range(turns);
    }
}
