package io.github.personagym.report;

import static io.github.personagym.report.Html.coordinate;
import static io.github.personagym.report.Html.number;
import static io.github.personagym.report.Html.text;

import io.github.personagym.config.ConfigKeys;
import io.github.personagym.plan.SliceGapCheck;
import io.github.personagym.score.ConfidenceInterval;
import io.github.personagym.score.ScoreText;
import io.github.personagym.slice.AttributeSlice;
import io.github.personagym.slice.SliceGap;
import io.github.personagym.slice.SliceGroup;
import io.github.personagym.slice.SliceSettings;
import io.github.personagym.slice.SlicedPersona;
import io.github.personagym.slice.Slices;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The slices of a run in {@code report.json}, the console summary and {@code report.html}, computed from the persona
 * entries of the report: a merged report computes them anew from the personas of all its parts.
 */
final class SliceSection {

    private SliceSection() {
    }

    /** The slices of {@code personas} as {@code settings} ask; {@code null} when the run is not sliced. */
    static ReportModel.SlicesEntry entry(SliceSettings settings, List<ReportModel.PersonaEntry> personas) {
        if (!settings.enabled()) {
            return null;
        }
        Slices slices = Slices.of(settings, personas.stream().map(p -> new SlicedPersona(p.id(),
                p.agent() == null ? "" : p.agent(), p.attributes() == null ? Map.of() : p.attributes(), p.personaScore() == null ? OptionalDouble.empty()
                : OptionalDouble.of(p.personaScore()))).toList());
        return new ReportModel.SlicesEntry(settings.attributes(), ReportBuilder.value(settings.maxGap()),
                settings.minGroup(), Slices.CONFIDENCE, slices.attributes().stream()
                .map(a -> attribute(a, settings)).toList());
    }

    /** The settings a report was sliced with, to slice a merge of such reports alike; off when it was not sliced. */
    static SliceSettings settings(ReportModel.SlicesEntry entry) {
        return entry == null ? SliceSettings.OFF : new SliceSettings(entry.attributes(), entry.maxGap() == null
                ? OptionalDouble.empty() : OptionalDouble.of(entry.maxGap()), entry.minGroup());
    }

    /** How a report was sliced, in words: {@code personagym.slices=age,country, ...}; empty when it was not. */
    static String describe(ReportModel.SlicesEntry entry) {
        return entry == null ? "" : ConfigKeys.SLICES + "=" + String.join(",", entry.attributes()) + ", "
                + ConfigKeys.SLICES_MAX_GAP + "=" + (entry.maxGap() == null ? "none" : ScoreText.bound(entry.maxGap()))
                + ", " + ConfigKeys.SLICES_MIN_GROUP + "=" + entry.minGroup();
    }

    private static ReportModel.AttributeSliceEntry attribute(AttributeSlice slice, SliceSettings settings) {
        return new ReportModel.AttributeSliceEntry(slice.attribute(), slice.agent(), !slice.tooFewToCompare(),
                slice.groups().stream().map(g -> new ReportModel.SliceGroupEntry(g.value(), g.personas(), g.mean(),
                        ReportBuilder.ci(g.ci()), g.compared())).toList(), slice.lacking(), slice.unscored(),
                slice.gaps().stream().map(gap -> new ReportModel.SliceGapEntry(gap.higher().value(),
                        gap.lower().value(), gap.gap(), List.of(gap.ci().low(), gap.ci().high()), gap.confidence(),
                        gap.flagged(), gap.exceeds(settings))).toList());
    }

    /** The slices as the check and the console word them, read back from the report. */
    private static AttributeSlice slice(ReportModel.AttributeSliceEntry entry) {
        Map<String, SliceGroup> groups = new HashMap<>();
        entry.groups().forEach(g -> groups.put(g.value(), new SliceGroup(g.value(), g.personas(), g.mean(),
                interval(g.ci()), g.compared())));
        return new AttributeSlice(entry.attribute(), entry.agent(), entry.groups().stream().map(g -> groups.get(g.value())).toList(),
                entry.lacking(), entry.unscored(), entry.gaps().stream().map(gap -> new SliceGap(groups.get(gap.higher()),
                groups.get(gap.lower()), gap.gap(), interval(gap.ci()).orElseThrow(), gap.confidence(), gap.flagged()))
                .toList());
    }

    private static Optional<ConfidenceInterval> interval(List<Double> ci) {
        return ci == null ? Optional.empty() : Optional.of(new ConfidenceInterval(ci.get(0), ci.get(1)));
    }

    /** The slices block of the console summary: every group, every gap (flagged ones marked), who is left out. */
    static String console(ReportModel.Run run) {
        ReportModel.SlicesEntry slices = run.slices();
        if (slices == null) {
            return "";
        }
        SliceSettings settings = settings(slices);
        var text = new StringBuilder("Slices (mean PersonaScore per group, 95% t-interval; a gap is flagged when its "
                + "difference interval excludes 0")
                .append(slices.maxGap() == null ? "" : "; " + ConfigKeys.SLICES_MAX_GAP + "=" + ScoreText.bound(slices.maxGap()))
                .append(")\n");
        for (ReportModel.AttributeSliceEntry entry : slices.slices()) {
            AttributeSlice slice = slice(entry);
            if (!slice.agent().isEmpty()) {
                text.append("  for agent ").append(slice.agent()).append(":\n");
            }
            int width = slice.groups().stream().mapToInt(g -> g.value().length()).max().orElse(0);
            slice.groups().forEach(g -> text.append("  ").append(slice.attribute()).append('=').append(g.value())
                    .append(" ".repeat(width - g.value().length())).append("  ").append(ScoreText.of(g.mean()))
                    .append(' ').append(g.ci().map(Object::toString).orElse("[no interval]")).append("  ")
                    .append(g.size()).append(g.size() == 1 ? " persona" : " personas").append('\n'));
            if (slice.tooFewToCompare()) {
                text.append("  ").append(SliceGapCheck.tooFewLine(slice, settings)).append('\n');
            }
            for (int i = 0; i < entry.gaps().size(); i++) {
                ReportModel.SliceGapEntry gap = entry.gaps().get(i);
                text.append("  ").append(gap.exceedsMaxGap() ? "FAILED " : gap.flagged() ? "FLAGGED " : "")
                        .append(slice.attribute()).append(": ").append(SliceGapCheck.gapLine(slice.gaps().get(i)))
                        .append(gap.exceedsMaxGap() ? ", above " + ConfigKeys.SLICES_MAX_GAP + "=" + ScoreText.bound(slices.maxGap())
                                : "").append('\n');
            }
            if (!slice.lacking().isEmpty()) {
                text.append("  ").append(slice.attribute()).append(": not given by ").append(slice.lacking().size())
                        .append(slice.lacking().size() == 1 ? " persona (" : " personas (")
                        .append(String.join(", ", slice.lacking())).append(")\n");
            }
            if (!slice.unscored().isEmpty()) {
                text.append("  ").append(slice.attribute()).append(": without a PersonaScore, left out: ")
                        .append(String.join(", ", slice.unscored())).append('\n');
            }
        }
        return text.toString();
    }

    /** The slices card of {@code report.html}: per attribute, its groups with their intervals, then its gaps. */
    static String html(ReportModel.Run run) {
        ReportModel.SlicesEntry slices = run.slices();
        if (slices == null) {
            return "";
        }
        SliceSettings settings = settings(slices);
        var html = new StringBuilder("<section class=\"card\" id=\"slices\"><h2>Slices</h2><p class=\"note\">Mean "
                + "PersonaScore of the personas that share a value of an attribute, with its 95% t-interval. Groups of"
                + " fewer than ").append(slices.minGroup()).append(" scored personas are not compared. A gap is "
                + "flagged when Welch\u2019s interval of the difference excludes 0 (95% shared over the attribute\u2019s"
                + " pairs of groups)").append(slices.maxGap() == null ? "; flagged gaps do not fail the build."
                : "; a flagged gap above " + ScoreText.bound(slices.maxGap()) + " fails the build.").append("</p>");
        for (ReportModel.AttributeSliceEntry entry : slices.slices()) {
            AttributeSlice slice = slice(entry);
            html.append("<h3 data-slice=\"").append(text(entry.attribute())).append("\">").append(text(entry.attribute()))
                    .append(slice.agent().isEmpty() ? "" : " <small>for agent " + text(slice.agent()) + "</small>")
                    .append("</h3><table class=\"slices\"><thead><tr><th>value</th><th class=\"num\">personas</th>")
                    .append("<th class=\"num\">mean</th><th>95% interval</th><th></th></tr></thead><tbody>");
            entry.groups().forEach(g -> html.append("<tr data-group=\"").append(text(g.value())).append("\"><td>")
                    .append(text(g.value())).append(g.compared() ? "" : " <small>(too few to compare)</small>")
                    .append("</td><td class=\"num\" title=\"").append(text(String.join(", ", g.personas()))).append("\">")
                    .append(g.personas().size()).append("</td><td class=\"num\">").append(number(g.mean()))
                    .append("</td><td>").append(g.ci() == null ? "\u2013" : "[" + number(g.ci().get(0)) + ", "
                            + number(g.ci().get(1)) + "]").append("</td><td>").append(intervalChart(g))
                    .append("</td></tr>"));
            html.append("</tbody></table>");
            if (slice.tooFewToCompare()) {
                html.append("<p class=\"note\">").append(text(SliceGapCheck.tooFewLine(slice, settings))).append("</p>");
            }
            for (int i = 0; i < entry.gaps().size(); i++) {
                ReportModel.SliceGapEntry gap = entry.gaps().get(i);
                html.append("<p class=\"slice-gap\">").append(gap.exceedsMaxGap() ? "<span class=\"badge fail\">FAIL"
                        + "</span> " : gap.flagged() ? "<span class=\"badge flagged\">FLAGGED</span> " : "")
                        .append(text(SliceGapCheck.gapLine(slice.gaps().get(i)))).append(gap.exceedsMaxGap()
                                ? text(", above " + ConfigKeys.SLICES_MAX_GAP + "=" + ScoreText.bound(slices.maxGap()))
                                : "").append("</p>");
            }
            if (!entry.lacking().isEmpty()) {
                html.append("<p class=\"note\">Not given by: ").append(text(String.join(", ", entry.lacking())))
                        .append("</p>");
            }
            if (!entry.unscored().isEmpty()) {
                html.append("<p class=\"note\">Without a PersonaScore, left out: ")
                        .append(text(String.join(", ", entry.unscored()))).append("</p>");
            }
        }
        return html.append("</section>").toString();
    }

    /** The group's mean and interval on the 1–5 scale, 150 pixels wide. */
    private static String intervalChart(ReportModel.SliceGroupEntry group) {
        var svg = new StringBuilder("<svg class=\"slice-ci\" width=\"150\" height=\"14\" viewBox=\"0 0 150 14\" "
                + "role=\"img\" aria-label=\"mean ").append(number(group.mean())).append("\">")
                .append("<line x1=\"0\" y1=\"7\" x2=\"150\" y2=\"7\" stroke=\"#d0d7de\"/>");
        if (group.ci() != null) {
            svg.append("<line x1=\"").append(coordinate(x(group.ci().get(0)))).append("\" y1=\"7\" x2=\"")
                    .append(coordinate(x(group.ci().get(1)))).append("\" y2=\"7\" stroke=\"#57606a\" stroke-width=\"3\"/>");
        }
        return svg.append("<circle cx=\"").append(coordinate(x(group.mean()))).append("\" cy=\"7\" r=\"4\" ")
                .append("fill=\"#0969da\"/></svg>").toString();
    }

    private static double x(double score) {
        return (score - 1) / 4 * 150;
    }
}
