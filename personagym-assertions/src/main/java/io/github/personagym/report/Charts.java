package io.github.personagym.report;

import io.github.personagym.gate.Comparison;
import static io.github.personagym.report.Html.coordinate;
import static io.github.personagym.report.Html.number;
import static io.github.personagym.report.Html.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report's charts, drawn as inline SVG: score bars on the 1–5 scale and the histogram of question scores. */
final class Charts {

    /** One bar: a task or the PersonaScore, with its interval, threshold and baseline value (each may be null). */
    record Bar(String label, Double score, List<Double> ci, Double threshold, Double baseline, boolean total) {
    }

    private static final double WIDTH = 660;
    private static final double LABEL = 190;
    private static final double PLOT_END = 580;
    private static final double ROW = 34;
    private static final double TOP = 8;

    private Charts() {
    }

    static List<Bar> bars(ReportModel.PersonaEntry persona, ReportModel.BaselinePersona baseline) {
        List<Bar> bars = new ArrayList<>();
        persona.tasks().forEach((task, entry) -> bars.add(new Bar(task, entry.score(), entry.ci(), entry.threshold(),
                baselineOf(baseline, task), false)));
        bars.add(new Bar(Comparison.PERSONA_SCORE, persona.personaScore(), persona.personaScoreCi(), persona.threshold(),
                baselineOf(baseline, Comparison.PERSONA_SCORE), true));
        return bars;
    }

    private static Double baselineOf(ReportModel.BaselinePersona baseline, String what) {
        if (baseline == null || baseline.scores().get(what) == null) {
            return null;
        }
        return baseline.scores().get(what).baseline();
    }

    /** Horizontal bars from 1 to the score, CI whiskers, a dashed threshold mark and a diamond for the baseline. */
    static String scoreBars(List<Bar> bars) {
        double height = TOP + ROW * bars.size() + 26;
        var svg = new StringBuilder("<svg class=\"bars\" role=\"img\" viewBox=\"0 0 ").append(coordinate(WIDTH))
                .append(' ').append(coordinate(height)).append("\" width=\"").append(coordinate(WIDTH))
                .append("\" height=\"").append(coordinate(height)).append("\" aria-label=\"Task scores\">");
        double bottom = TOP + ROW * bars.size();
        for (int tick = 1; tick <= 5; tick++) {
            double x = x(tick);
            svg.append("<line class=\"grid\" x1=\"").append(coordinate(x)).append("\" y1=\"").append(coordinate(TOP))
                    .append("\" x2=\"").append(coordinate(x)).append("\" y2=\"").append(coordinate(bottom)).append("\"/>")
                    .append("<text class=\"tick\" x=\"").append(coordinate(x)).append("\" y=\"")
                    .append(coordinate(bottom + 16)).append("\">").append(tick).append("</text>");
        }
        for (int i = 0; i < bars.size(); i++) {
            svg.append(bar(bars.get(i), TOP + ROW * i));
        }
        return svg.append("</svg>").toString();
    }

    private static String bar(Bar bar, double top) {
        double middle = top + ROW / 2;
        String state = bar.threshold() == null || bar.score() == null ? "neutral"
                : bar.score() >= bar.threshold() ? "pass" : "fail";
        var g = new StringBuilder("<g class=\"row").append(bar.total() ? " total\"" : "\" data-task=\""
                + text(bar.label()) + "\"").append("><title>").append(text(tooltip(bar))).append("</title>");
        g.append("<text class=\"label\" x=\"").append(coordinate(LABEL - 12)).append("\" y=\"")
                .append(coordinate(middle + 4)).append("\">").append(text(bar.label())).append("</text>");
        if (bar.score() == null) {
            g.append("<text class=\"noscore\" x=\"").append(coordinate(LABEL + 6)).append("\" y=\"")
                    .append(coordinate(middle + 4)).append("\">no score</text>");
        } else {
            g.append("<rect class=\"bar ").append(state).append("\" data-bar=\"").append(text(bar.label()))
                    .append("\" x=\"").append(coordinate(LABEL)).append("\" y=\"").append(coordinate(middle - 8))
                    .append("\" width=\"").append(coordinate(Math.max(2, x(bar.score()) - LABEL)))
                    .append("\" height=\"16\" rx=\"3\"/>");
            g.append("<text class=\"value ").append(state).append("\" x=\"").append(coordinate(PLOT_END + 12))
                    .append("\" y=\"").append(coordinate(middle + 5)).append("\">").append(number(bar.score()))
                    .append("</text>");
        }
        if (bar.ci() != null) {
            g.append(whisker(bar.ci().get(0), bar.ci().get(1), middle));
        }
        if (bar.threshold() != null) {
            double x = x(bar.threshold());
            g.append("<line class=\"threshold\" x1=\"").append(coordinate(x)).append("\" y1=\"")
                    .append(coordinate(top + 3)).append("\" x2=\"").append(coordinate(x)).append("\" y2=\"")
                    .append(coordinate(top + ROW - 3)).append("\"/>");
        }
        if (bar.baseline() != null) {
            double x = x(bar.baseline());
            g.append("<path class=\"baseline\" d=\"M").append(coordinate(x)).append(' ').append(coordinate(middle - 6))
                    .append(" l6 6 l-6 6 l-6 -6 z\"/>");
        }
        return g.append("</g>").toString();
    }

    private static String whisker(double low, double high, double middle) {
        String y = coordinate(middle);
        String x1 = coordinate(x(low));
        String x2 = coordinate(x(high));
        return "<g class=\"ci\"><line x1=\"" + x1 + "\" y1=\"" + y + "\" x2=\"" + x2 + "\" y2=\"" + y + "\"/>"
                + "<line x1=\"" + x1 + "\" y1=\"" + coordinate(middle - 5) + "\" x2=\"" + x1 + "\" y2=\""
                + coordinate(middle + 5) + "\"/><line x1=\"" + x2 + "\" y1=\"" + coordinate(middle - 5) + "\" x2=\""
                + x2 + "\" y2=\"" + coordinate(middle + 5) + "\"/></g>";
    }

    private static String tooltip(Bar bar) {
        var tip = new StringBuilder(bar.label()).append(": ").append(number(bar.score()));
        if (bar.ci() != null) {
            tip.append(", 95% CI ").append(number(bar.ci().get(0))).append('\u2013').append(number(bar.ci().get(1)));
        }
        if (bar.threshold() != null) {
            tip.append(", threshold ").append(number(bar.threshold()));
        }
        if (bar.baseline() != null) {
            tip.append(", baseline ").append(number(bar.baseline()));
        }
        return tip.toString();
    }

    private static double x(double score) {
        double clamped = Math.max(1, Math.min(5, score));
        return LABEL + (clamped - 1) / 4 * (PLOT_END - LABEL);
    }

    /** Question scores binned to the nearest whole score, plus a grey bar for the unscored ones. */
    static String histogram(List<ReportModel.QuestionEntry> questions) {
        Map<String, Integer> bins = new LinkedHashMap<>();
        for (int score = 1; score <= 5; score++) {
            bins.put(Integer.toString(score), 0);
        }
        bins.put("n/a", 0);
        questions.forEach(q -> bins.merge(q.score() == null ? "n/a" : Integer.toString(Html.bin(q.score())), 1,
                Integer::sum));
        int max = Math.max(1, bins.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        double width = 320;
        double plot = 120;
        var svg = new StringBuilder("<svg class=\"hist\" role=\"img\" viewBox=\"0 0 320 160\" width=\"320\" "
                + "height=\"160\" aria-label=\"Distribution of question scores\">");
        double step = width / bins.size();
        int i = 0;
        for (Map.Entry<String, Integer> bin : bins.entrySet()) {
            double h = plot * bin.getValue() / max;
            double x = i++ * step + 8;
            String css = bin.getKey().equals("n/a") ? "na" : "s" + bin.getKey();
            svg.append("<rect class=\"hbar ").append(css).append("\" x=\"").append(coordinate(x)).append("\" y=\"")
                    .append(coordinate(20 + plot - h)).append("\" width=\"").append(coordinate(step - 16))
                    .append("\" height=\"").append(coordinate(Math.max(h, 1))).append("\" rx=\"2\"><title>")
                    .append(bin.getValue()).append(" question(s) scored ").append(bin.getKey()).append("</title></rect>")
                    .append("<text class=\"count\" x=\"").append(coordinate(x + (step - 16) / 2)).append("\" y=\"")
                    .append(coordinate(16 + plot - h)).append("\">").append(bin.getValue()).append("</text>")
                    .append("<text class=\"tick\" x=\"").append(coordinate(x + (step - 16) / 2)).append("\" y=\"156\">")
                    .append(bin.getKey()).append("</text>");
        }
        return svg.append("</svg>").toString();
    }
}
