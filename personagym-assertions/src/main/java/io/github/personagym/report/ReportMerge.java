package io.github.personagym.report;

import io.github.personagym.judge.Agreement;
import io.github.personagym.judge.Verdict;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One run made of several {@code report.json} files (the shards of a run, or Surefire's forks): the personas of all,
 * sorted by id, and the run-wide figures (judges, agreement, usage, slices) computed anew from them. Runs are merged only
 * when their figures mean the same thing, so it refuses, naming the files and what differs, runs with other judges,
 * other report schemas, a persona in two files, or suites of another size.
 */
final class ReportMerge {

    private ReportMerge() {
    }

    /** The reports merged, in the order of {@code reports} for what is not sorted. */
    static ReportModel.Run merge(Map<Path, ReportModel.Run> reports, Instant now) {
        return merge(reports, now, false);
    }

    /** As {@link #merge(Map, Instant)}; {@code ofOneBuild}: the runs of one build, as {@link MergeChecks} checks them. */
    static ReportModel.Run merge(Map<Path, ReportModel.Run> reports, Instant now, boolean ofOneBuild) {
        if (reports.isEmpty()) {
            throw new MergeRefused("There is no report.json to merge.");
        }
        MergeChecks.check(reports, ofOneBuild);
        List<ReportModel.Run> runs = List.copyOf(reports.values());
        ReportModel.Run first = runs.get(0);
        List<ReportModel.PersonaEntry> personas = runs.stream().flatMap(r -> r.personas().stream())
                .sorted(Comparator.comparing(ReportModel.PersonaEntry::id)).toList();
        return new ReportModel.Run(first.schemaVersion(), now.toString(), personas, judges(personas),
                agreement(runs, personas), usage(runs), baseline(runs), judgesInForce(runs),
                runs.stream().flatMap(r -> r.skipped().stream())
                        .sorted(Comparator.comparing(ReportModel.SkippedEntry::id)).toList(),
                SliceSection.entry(SliceSection.settings(first.slices()), personas));
    }

    private static List<ReportModel.JudgeEntry> judges(List<ReportModel.PersonaEntry> personas) {
        Map<String, List<ReportModel.VerdictEntry>> byJudge = new LinkedHashMap<>();
        questions(personas).forEach(q -> q.verdicts()
                .forEach(v -> byJudge.computeIfAbsent(v.judge(), j -> new ArrayList<>()).add(v)));
        List<ReportModel.JudgeEntry> judges = new ArrayList<>();
        byJudge.forEach((judge, verdicts) -> judges.add(new ReportModel.JudgeEntry(judge, verdicts.size(),
                count(verdicts, "scored"), count(verdicts, "unparseable"), count(verdicts, "error"),
                ReportBuilder.value(verdicts.stream().filter(v -> v.score() != null)
                        .mapToInt(ReportModel.VerdictEntry::score).average()))));
        return judges;
    }

    private static ReportModel.AgreementEntry agreement(List<ReportModel.Run> runs,
                                                        List<ReportModel.PersonaEntry> personas) {
        Map<String, Map<String, ReportModel.AlphaEntry>> byPersona = new LinkedHashMap<>();
        runs.forEach(r -> byPersona.putAll(r.agreement().personas()));
        Map<String, Map<String, ReportModel.AlphaEntry>> sorted = new LinkedHashMap<>();
        personas.forEach(p -> Optional.ofNullable(byPersona.get(p.id())).ifPresent(a -> sorted.put(p.id(), a)));
        Set<String> judges = new LinkedHashSet<>();
        questions(personas).forEach(q -> q.verdicts().forEach(v -> judges.add(v.judge())));
        Agreement overall = Agreement.of(questions(personas).stream()
                .map(q -> q.verdicts().stream().map(ReportMerge::verdict).toList()).toList());
        return new ReportModel.AgreementEntry(judges.size(), new ReportModel.AlphaEntry(
                ReportBuilder.value(overall.intervalAlpha()), ReportBuilder.value(overall.ordinalAlpha()),
                ReportBuilder.value(overall.meanSpread()), overall.pairableItems()), sorted);
    }

    /** A verdict as the agreement needs it: its judge and score, or no score. */
    private static Verdict verdict(ReportModel.VerdictEntry entry) {
        if (entry.score() != null) {
            return new Verdict(entry.judge(), Verdict.Kind.SCORED, OptionalInt.of(entry.score()), "", Optional.empty());
        }
        return Verdict.error(entry.judge(), "");
    }

    private static ReportModel.UsageEntry usage(List<ReportModel.Run> runs) {
        List<ReportModel.UsageEntry> metered = runs.stream().map(ReportModel.Run::usage)
                .filter(java.util.Objects::nonNull).toList();
        if (metered.isEmpty()) {
            return null;
        }
        Map<String, ReportModel.ModelUsage> byModel = new LinkedHashMap<>();
        metered.forEach(u -> u.byModel().forEach((model, m) -> byModel.merge(model, m, (a, b) ->
                new ReportModel.ModelUsage(a.calls() + b.calls(), a.promptTokens() + b.promptTokens(),
                        a.completionTokens() + b.completionTokens(), a.replays() + b.replays()))));
        return new ReportModel.UsageEntry(metered.stream().mapToLong(ReportModel.UsageEntry::calls).sum(),
                metered.stream().mapToLong(ReportModel.UsageEntry::promptTokens).sum(),
                metered.stream().mapToLong(ReportModel.UsageEntry::completionTokens).sum(),
                metered.stream().mapToLong(ReportModel.UsageEntry::replays).sum(), byModel);
    }

    private static ReportModel.BaselineEntry baseline(List<ReportModel.Run> runs) {
        ReportModel.BaselineEntry first = runs.get(0).baseline();
        Map<String, ReportModel.BaselinePersona> personas = new LinkedHashMap<>();
        runs.forEach(r -> personas.putAll(r.baseline().personas()));
        return new ReportModel.BaselineEntry(first.file(), first.tolerance(), first.metricTolerance(),
                runs.stream().anyMatch(r -> r.baseline().updated()), personas);
    }

    private static ReportModel.JudgesInForceEntry judgesInForce(List<ReportModel.Run> runs) {
        Set<String> errors = new LinkedHashSet<>();
        Set<String> notes = new LinkedHashSet<>();
        runs.forEach(r -> {
            errors.addAll(r.judgesInForce().errors());
            notes.addAll(r.judgesInForce().notes());
        });
        return new ReportModel.JudgesInForceEntry(runs.get(0).judgesInForce().judges(), List.copyOf(errors),
                List.copyOf(notes));
    }

    static List<ReportModel.QuestionEntry> questions(List<ReportModel.PersonaEntry> personas) {
        return personas.stream().flatMap(p -> p.questions().stream()).toList();
    }

    private static int count(List<ReportModel.VerdictEntry> verdicts, String kind) {
        return (int) verdicts.stream().filter(v -> v.kind().equals(kind)).count();
    }

    /** Why the reports cannot be merged, in words a person can act on. */
    static final class MergeRefused extends RuntimeException {
        MergeRefused(String message) {
            super(message, null, false, false);
        }
    }
}
