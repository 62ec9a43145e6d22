package io.github.personagym.report;

import io.github.personagym.config.TemporaryFiles;
import io.github.personagym.gate.BaselineCandidate;
import io.github.personagym.gate.BaselineLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The reports of the runs of one Surefire execution, merged: each run (a fork's, or one test class's when Surefire
 * hands a fork its classes one at a time, as it does with {@code forkCount > 1}) writes its {@code report.json} and
 * baseline candidate as a part, {@code <report dir>/forks/<execution>/fork-<n>-<pid>-<run>/}, then merges every
 * part of the execution into the report folder, under a lock, so the run that finishes last leaves the report of
 * all; a persona that several runs evaluated is reported as the last of them evaluated it. Parts of earlier
 * executions are deleted then: they belong to another build.
 */
final class ForkParts {

    static final String FOLDER = "forks";
    private static final AtomicInteger RUNS_OF_THIS_JVM = new AtomicInteger();

    private final Path directory;
    private final SurefireFork fork;
    private final Clock clock;

    ForkParts(Path directory, SurefireFork fork, Clock clock) {
        this.directory = directory;
        this.fork = fork;
        this.clock = clock;
    }

    /** Writes the run's part and the merge; returns the line to print about the merge (empty for a first part). */
    String write(ReportModel.Run run, BaselineCandidate candidate) {
        Path execution = directory.resolve(FOLDER).resolve(fork.execution());
        Path part = execution.resolve(String.format(java.util.Locale.ROOT, "fork-%d-%d-%04d", fork.number(),
                ProcessHandle.current().pid(), RUNS_OF_THIS_JVM.incrementAndGet()));
        String[] line = {""};
        try {
            Files.createDirectories(part);
            TemporaryFiles.writeWhole(part.resolve("report.json"), JsonReport.report(run));
            candidate.write(part);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the reports to " + part + ": " + e.getMessage(), e);
        }
        BaselineLock.holding(execution.resolve("merge"), () -> line[0] = merge(execution, run, candidate));
        return line[0];
    }

    private String merge(Path execution, ReportModel.Run run, BaselineCandidate candidate) {
        deleteEarlierExecutions();
        List<Path> parts = parts(execution);
        if (parts.size() <= 1) {
            Reports.writeFolder(directory, run, candidate);
            return "";
        }
        try {
            Map<Path, ReportModel.Run> reports = new LinkedHashMap<>(MergeReports.read(parts));
            List<String> again = latestPerPersona(reports);
            ReportModel.Run merged = ReportMerge.merge(reports, clock.instant(), true);
            Reports.writeFolder(directory, merged, BaselineCandidate.merged(
                    reports.keySet().stream().map(BaselineCandidate::besideReport).toList()));
            return "Report: merged the reports of " + parts.size() + " runs of this Surefire execution (its forks "
                    + "and test classes, in " + execution.toAbsolutePath().normalize() + "): "
                    + merged.personas().size() + " personas in " + directory.resolve("report.json").toAbsolutePath()
                    .normalize() + (again.isEmpty() ? "" : "; evaluated by more than one run, the last run's result "
                    + "of " + String.join(", ", again)) + System.lineSeparator();
        } catch (ReportMerge.MergeRefused | IllegalArgumentException | UncheckedIOException e) {
            Reports.writeFolder(directory, run, candidate);
            return "WARNING Report: " + directory.resolve("report.json").toAbsolutePath().normalize() + " holds this "
                    + "run's personas only: the reports of the " + parts.size() + " runs of this Surefire execution "
                    + "cannot be merged. " + String.join(" ", e.getMessage().lines().map(String::strip).toList()) + " Each run's report is "
                    + "in " + execution.toAbsolutePath().normalize() + "; merge them when that is resolved with "
                    + "MergeReports (docs/ci.md#surefire-forks)" + System.lineSeparator();
        }
    }

    /**
     * Keeps each persona's result from the last run that evaluated it (two test classes of one build may evaluate the
     * same persona, as one run would report it once): drops it from the earlier runs, in the order the runs wrote
     * their reports, and drops a run left without personas. Returns the ids evaluated more than once.
     */
    private static List<String> latestPerPersona(Map<Path, ReportModel.Run> reports) {
        List<Map.Entry<Path, ReportModel.Run>> byTime = new ArrayList<>(reports.entrySet());
        byTime.sort(Comparator.comparing((Map.Entry<Path, ReportModel.Run> e) -> e.getValue().generatedAt())
                .thenComparing(e -> e.getKey().toString()));
        Set<String> seen = new HashSet<>();
        Set<String> again = new TreeSet<>();
        Map<Path, ReportModel.Run> kept = new LinkedHashMap<>();
        for (int i = byTime.size() - 1; i >= 0; i--) {
            ReportModel.Run run = byTime.get(i).getValue();
            List<ReportModel.PersonaEntry> personas = run.personas().stream().filter(p -> {
                boolean first = seen.add(p.id());
                if (!first) {
                    again.add(p.id());
                }
                return first;
            }).toList();
            if (!personas.isEmpty() || run.personas().isEmpty()) {
                kept.put(byTime.get(i).getKey(), new ReportModel.Run(run.schemaVersion(), run.generatedAt(), personas,
                        run.judges(), run.agreement(), run.usage(), run.baseline(), run.judgesInForce(), run.skipped(),
                        run.slices()));
            }
        }
        reports.clear();
        List<Path> inTimeOrder = new ArrayList<>(kept.keySet());
        java.util.Collections.reverse(inTimeOrder);
        inTimeOrder.forEach(path -> reports.put(path, kept.get(path)));
        return List.copyOf(again);
    }

    private static List<Path> parts(Path execution) {
        try (Stream<Path> folders = Files.list(execution)) {
            List<Path> parts = new ArrayList<>();
            folders.filter(Files::isDirectory).map(f -> f.resolve("report.json")).filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(Path::toString)).forEach(parts::add);
            return parts;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the reports in " + execution + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the parts of executions that started before this one (their names are their start, sortable). */
    private void deleteEarlierExecutions() {
        Path forks = directory.resolve(FOLDER);
        try (Stream<Path> executions = Files.list(forks)) {
            for (Path earlier : executions.filter(Files::isDirectory)
                    .filter(e -> e.getFileName().toString().compareTo(fork.execution()) < 0).toList()) {
                try (Stream<Path> walk = Files.walk(earlier)) {
                    for (Path file : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete earlier reports in " + forks + ": " + e.getMessage(), e);
        }
    }
}
