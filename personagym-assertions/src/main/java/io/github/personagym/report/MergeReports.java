package io.github.personagym.report;

import io.github.personagym.config.TemporaryFiles;
import io.github.personagym.gate.BaselineCandidate;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Merges the {@code report.json} files of several runs of one suite (the shards of a benchmark run, Surefire's forks)
 * into one {@code report.json}, {@code report.html} and {@code scores/}, and prints the summary:
 *
 * <pre>java io.github.personagym.report.MergeReports [--out DIR] [--baseline FILE] REPORT_OR_FOLDER...</pre>
 *
 * A folder stands for every {@code report.json} under it. The default output folder is {@code target/personagym}.
 * {@code --baseline FILE} writes the merged personas' entries into the baseline {@code FILE} in one step (from the
 * {@code baseline-candidate.json} beside each report), keeping the entries of personas not in the merge.
 * Exit status 0 when merged, 2 when the reports cannot be merged (the message says which files differ and how), 1
 * on a usage or file error. How to run it with Maven: {@code docs/benchmark.md}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MergeReports {

    static final String USAGE = "Usage: MergeReports [--out DIR] [--baseline FILE] REPORT_OR_FOLDER... (a folder "
            + "stands for every report.json under it; DIR defaults to target/personagym; --baseline writes the merged "
            + "personas into the baseline FILE, keeping its other entries)";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock;
    private final PrintStream out;
    private final PrintStream err;

    MergeReports(Clock clock, PrintStream out, PrintStream err) {
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int status = new MergeReports(Clock.systemUTC(), System.out, System.err).run(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Merges as {@code args} say; returns the exit status. */
    int run(String[] args) {
        Path target = Path.of("target", "personagym");
        Path baseline = null;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--out") && i + 1 < args.length) {
                target = Path.of(args[++i]);
            } else if (args[i].equals("--baseline") && i + 1 < args.length) {
                baseline = Path.of(args[++i]);
            } else if (args[i].startsWith("-")) {
                err.println("Unknown option " + args[i] + ". " + USAGE);
                return 1;
            } else {
                inputs.add(Path.of(args[i]));
            }
        }
        try {
            List<Path> files = reportFiles(inputs, target);
            Map<Path, ReportModel.Run> reports = read(files);
            ReportModel.Run merged = ReportMerge.merge(reports, clock.instant());
            Optional<BaselineCandidate> candidate = candidates(files, baseline != null);
            write(merged, target, candidate);
            out.print(console(merged, reports.size(), target));
            if (baseline != null) {
                candidate.orElseThrow().writeInto(baseline).forEach(out::println);
            }
            return 0;
        } catch (ReportMerge.MergeRefused e) {
            err.println(e.getMessage());
            return 2;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /** The report files that {@code inputs} name: files as given, folders searched; never the output's own. */
    static List<Path> reportFiles(List<Path> inputs, Path target) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("No report to merge. " + USAGE);
        }
        Path own = target.resolve("report.json").toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(f -> f.getFileName().toString().equals("report.json"))
                            .filter(f -> !partOfAnother(f, input)).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot search " + input + " for report.json: " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new IllegalArgumentException(input + " is neither a report.json nor a folder. " + USAGE);
            }
        }
        List<Path> found = files.stream().filter(f -> !f.toAbsolutePath().normalize().equals(own)).distinct().toList();
        if (found.isEmpty()) {
            throw new IllegalArgumentException("No report.json found in " + inputs + ". " + USAGE);
        }
        return found;
    }

    /**
     * Whether {@code report}, found under {@code input}, is part of a report above it: a folder with a report.json of
     * its own holds the parts it was merged from (Surefire's forks, in {@code forks/}), which are in it already.
     */
    private static boolean partOfAnother(Path report, Path input) {
        for (Path folder = report.getParent().getParent(); folder != null && folder.startsWith(input);
             folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve("report.json"))) {
                return true;
            }
        }
        return false;
    }

    static Map<Path, ReportModel.Run> read(List<Path> files) {
        Map<Path, ReportModel.Run> reports = new LinkedHashMap<>();
        for (Path file : files) {
            try {
                reports.put(file, JSON.readValue(file.toFile(), ReportModel.Run.class));
            } catch (IOException e) {
                String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException json
                        ? json.getOriginalMessage() : e.getMessage();
                throw new IllegalArgumentException(file + " is not a report.json this version can read (see "
                        + "docs/report.schema.json): " + why.lines().findFirst().orElse(""), e);
            }
        }
        return reports;
    }

    /**
     * The baseline candidates beside {@code files}, merged: required when writing a baseline, else only when every
     * report has one (reports written before candidates were kept have none).
     */
    static Optional<BaselineCandidate> candidates(List<Path> files, boolean required) {
        if (!required && !files.stream().allMatch(f -> Files.isRegularFile(f.resolveSibling(BaselineCandidate.FILE_NAME)))) {
            return Optional.empty();
        }
        return Optional.of(BaselineCandidate.merged(files.stream().map(BaselineCandidate::besideReport).toList()));
    }

    static void write(ReportModel.Run run, Path target, Optional<BaselineCandidate> candidate) {
        try {
            Files.createDirectories(target.resolve("scores"));
            TemporaryFiles.writeWhole(target.resolve("report.json"), JsonReport.report(run));
            TemporaryFiles.writeWhole(target.resolve("report.html"), HtmlReport.render(run));
            for (ReportModel.PersonaEntry persona : run.personas()) {
                TemporaryFiles.writeWhole(target.resolve("scores").resolve(Reports.fileName(persona.id())),
                        JsonReport.scores(persona));
            }
            if (candidate.isPresent()) {
                candidate.get().write(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the merged reports to " + target + ": " + e.getMessage(), e);
        }
    }

    private static String console(ReportModel.Run run, int reports, Path target) {
        return "Merged " + reports + " reports: " + run.personas().size() + " personas\n" + SummaryTable.render(run)
                + SliceSection.console(run) + JudgesSection.console(run.judgesInForce()) + MutantLines.render(run)
                + LeaderboardSection.console(run) + "Report: " + target.resolve("report.html").toAbsolutePath().normalize() + System.lineSeparator();
    }
}
