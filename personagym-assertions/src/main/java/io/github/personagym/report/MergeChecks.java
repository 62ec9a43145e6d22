package io.github.personagym.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What must hold before reports are merged, each failure said with the files and what differs: one report schema,
 * the same judges (in force and giving the verdicts), no persona in two files, and suites of one size (questions per
 * task) where each file's personas share one.
 */
final class MergeChecks {

    private MergeChecks() {
    }

    static void check(Map<Path, ReportModel.Run> reports) {
        check(reports, false);
    }

    /**
     * @param ofOneBuild the runs of one build (Surefire's forks and test classes), whose personas may have suites of
     *                   different sizes and some of which may have evaluated no persona: neither is checked then
     */
    static void check(Map<Path, ReportModel.Run> reports, boolean ofOneBuild) {
        List<String> problems = new ArrayList<>();
        same(reports, "report schema version", run -> "schemaVersion " + run.schemaVersion(), problems);
        same(reports, "judges in force", run -> String.join(", ", run.judgesInForce().judges().stream()
                .map(ReportModel.JudgeInForce::spec).toList()), problems);
        Map<Path, ReportModel.Run> judged = new LinkedHashMap<>(reports);
        if (ofOneBuild) {
            judged.values().removeIf(run -> run.personas().isEmpty());
        }
        same(judged, "judges that gave the verdicts", run -> String.join(", ", run.judges().stream()
                .map(ReportModel.JudgeEntry::id).sorted().toList()), problems);
        same(reports, "slice settings", run -> SliceSection.describe(run.slices()), problems);
        samePersonaOnce(reports, problems);
        if (!ofOneBuild) {
            sameSuiteSize(reports, problems);
        }
        if (!problems.isEmpty()) {
            throw new ReportMerge.MergeRefused("Cannot merge these reports: their figures would not mean the same "
                    + "thing.\n  " + String.join("\n  ", problems));
        }
    }

    private static void same(Map<Path, ReportModel.Run> reports, String what,
                             java.util.function.Function<ReportModel.Run, String> value, List<String> problems) {
        Map<String, List<Path>> byValue = new LinkedHashMap<>();
        reports.forEach((file, run) -> byValue.computeIfAbsent(value.apply(run), v -> new ArrayList<>()).add(file));
        if (byValue.size() > 1) {
            var text = new StringBuilder("The ").append(what).append(" differ: ");
            byValue.forEach((v, files) -> text.append(files(files)).append(" ")
                    .append(files.size() == 1 ? "has " : "have ").append(v.isEmpty() ? "none" : v).append("; "));
            problems.add(text.substring(0, text.length() - 2) + ".");
        }
    }

    private static void samePersonaOnce(Map<Path, ReportModel.Run> reports, List<String> problems) {
        Map<String, List<Path>> files = new TreeMap<>();
        reports.forEach((file, run) -> run.personas()
                .forEach(p -> files.computeIfAbsent(p.id(), id -> new ArrayList<>()).add(file)));
        files.forEach((persona, in) -> {
            if (in.size() > 1) {
                boolean sameQuestions = in.stream().map(f -> questions(reports.get(f), persona)).distinct().count() == 1;
                problems.add("Persona " + persona + " is in " + files(in) + (sameQuestions
                        ? ": the runs overlap (shards of one run never share a persona; was a shard run twice?)."
                        : " with other questions: the runs used different suites."));
            }
        });
    }

    private static void sameSuiteSize(Map<Path, ReportModel.Run> reports, List<String> problems) {
        Map<Path, String> sizes = new LinkedHashMap<>();
        reports.forEach((file, run) -> suiteSize(run).ifPresent(size -> sizes.put(file, size)));
        Map<Path, ReportModel.Run> sized = new LinkedHashMap<>();
        sizes.keySet().forEach(file -> sized.put(file, reports.get(file)));
        same(sized, "suites", run -> suiteSize(run).orElseThrow(), problems);
    }

    /** {@code 10 questions per task} when every persona of the run has that many for every task, else empty. */
    private static Optional<String> suiteSize(ReportModel.Run run) {
        List<Integer> counts = run.personas().stream().flatMap(p -> p.tasks().keySet().stream()
                .map(task -> (int) p.questions().stream().filter(q -> q.task().equals(task)).count())).distinct().toList();
        return counts.size() == 1 ? Optional.of(counts.get(0) + " questions per task") : Optional.empty();
    }

    private static List<String> questions(ReportModel.Run run, String persona) {
        return run.personas().stream().filter(p -> p.id().equals(persona)).findFirst().orElseThrow().questions()
                .stream().map(q -> q.key() + "\u0000" + q.question()).toList();
    }

    private static String files(List<Path> files) {
        return String.join(" and ", files.stream().map(Path::toString).toList());
    }
}
