package io.github.personagym.validity;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.judge.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * How well a judge told labelled answers apart: per kind, the mean score and how often the in-character answer
 * to the same question ranked above; over answers with an expected score, Spearman's rank correlation.
 *
 * @param judge   the judge's id
 * @param kinds   figures per kind, in order of first appearance
 * @param judged  every labelled answer with the judge's verdict, in file order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ValidityReport(String judge, Map<String, KindFigures> kinds, List<Judged> judged) {

    /** One labelled answer and the verdict it got. */
    public record Judged(String personaId, LabelledAnswer answer, Verdict verdict) {
    }

    public ValidityReport {
        Objects.requireNonNull(judge, "judge");
        kinds = Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
        judged = List.copyOf(judged);
    }

    /** The figures of one kind. */
    public Optional<KindFigures> kind(String kind) {
        return Optional.ofNullable(kinds.get(kind));
    }

    /** Spearman's rank correlation of expected and given scores, over answers that have both (at least three). */
    public OptionalDouble spearman() {
        var expected = new ArrayList<Double>();
        var given = new ArrayList<Double>();
        for (Judged j : judged) {
            if (j.answer().expectedScore().isPresent() && j.verdict().isScored()) {
                expected.add((double) j.answer().expectedScore().getAsInt());
                given.add((double) j.verdict().score().getAsInt());
            }
        }
        if (expected.size() < 3) {
            return OptionalDouble.empty();
        }
        double rho = new SpearmansCorrelation().correlation(
                expected.stream().mapToDouble(Double::doubleValue).toArray(),
                given.stream().mapToDouble(Double::doubleValue).toArray());
        return Double.isNaN(rho) ? OptionalDouble.empty() : OptionalDouble.of(rho);
    }

    /** This report restricted to one persona's answers. */
    public ValidityReport forPersona(String personaId) {
        List<Judged> own = judged.stream().filter(j -> j.personaId().equals(personaId)).toList();
        return new ValidityReport(judge, JudgeValidity.figures(own), own);
    }

    /** The personas whose answers were judged, in order. */
    public List<String> personas() {
        return judged.stream().map(Judged::personaId).distinct().toList();
    }

    /** The reports of several personas' files as one (the same judge). */
    public static ValidityReport combine(List<ValidityReport> reports) {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("Nothing to combine");
        }
        Map<String, KindFigures> kinds = new LinkedHashMap<>();
        List<Judged> judged = new ArrayList<>();
        for (ValidityReport report : reports) {
            report.kinds().forEach((kind, figures) -> kinds.merge(kind, figures, KindFigures::plus));
            judged.addAll(report.judged());
        }
        return new ValidityReport(reports.get(0).judge(), kinds, judged);
    }

    /** A table a person can read: one line per kind. */
    public String table() {
        var out = new StringBuilder(String.format(Locale.ROOT, "Judge %s on %d labelled answers%n", judge,
                judged.size()));
        out.append(String.format(Locale.ROOT, "  %-16s %7s %9s %6s  %s%n", "kind", "answers", "unscored", "mean",
                "in-character ranked above"));
        kinds.values().forEach(k -> out.append(String.format(Locale.ROOT, "  %-16s %7d %9d %6s  %s%n", k.kind(),
                k.answers(), k.unscored(), format(k.meanScore()), k.pairs() == 0 ? "-"
                        : String.format(Locale.ROOT, "%d of %d (%.0f%%)", k.rankedBelow(), k.pairs(),
                                100 * k.rankingAccuracy().getAsDouble()))));
        spearman().ifPresent(rho -> out.append(String.format(Locale.ROOT, "  Spearman (expected vs given): %.2f%n",
                rho)));
        return out.toString();
    }

    private static String format(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : "-";
    }
}
