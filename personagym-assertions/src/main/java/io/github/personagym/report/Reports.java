package io.github.personagym.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.github.personagym.config.TemporaryFiles;
import io.github.personagym.gate.BaselineCandidate;
import io.github.personagym.evaluation.PersonaRun;
import io.github.personagym.gate.RegressionGate;
import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.Configuration;
import io.github.personagym.services.JudgesInForce;
import io.github.personagym.llm.Redaction;
import io.github.personagym.llm.UsageMeter;
import io.github.personagym.slice.SliceSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the reports of a run into one folder ({@value ConfigKeys#REPORT_DIR}): {@code report.json},
 * {@code report.html} and {@code scores/<persona>.json}, and makes the summary table for the console. Every text
 * of the run passes through the {@link Redaction} first, so that no report and no summary line holds an API key.
 */
@API(status = INTERNAL, since = "0.1")
public final class Reports {

    private final Path directory;
    private final Clock clock;
    private final Map<String, double[]> prices;
    private final Redaction redaction;
    private final SliceSettings slices;

    Reports(Path directory, Clock clock) {
        this(directory, clock, Map.of(), Redaction.fromSystem(), SliceSettings.OFF);
    }

    Reports(Path directory, Clock clock, Map<String, double[]> prices, Redaction redaction, SliceSettings slices) {
        this.directory = directory;
        this.clock = clock;
        this.prices = prices;
        this.redaction = redaction;
        this.slices = slices;
    }

    /** The reports {@code configuration} asks for, with the secrets {@code redaction} knows kept out of them. */
    public static Reports from(Configuration configuration, Redaction redaction) {
        return new Reports(io.github.personagym.config.ProjectPaths.of(configuration, ConfigKeys.REPORT_DIR, ConfigKeys.DEFAULT_REPORT_DIR),
                Clock.systemUTC(), UsageLines.prices(configuration.get(ConfigKeys.PRICES)), redaction,
                SliceSettings.from(configuration));
    }

    /** The folder the reports are written to. */
    public Path folder() {
        return directory.toAbsolutePath().normalize();
    }

    /** The same reports, written into {@code folder} within this one's folder. */
    public Reports inFolder(String folder) {
        return new Reports(directory.resolve(folder), clock, prices, redaction, slices);
    }

    /** The same reports, sliced as {@code settings} say. */
    Reports slicedBy(SliceSettings settings) {
        return new Reports(directory, clock, prices, redaction, settings);
    }

    /**
     * Writes every report of the run.
     *
     * @param usage model usage per model spec, when the run's models were metered
     * @return the text to print at the end of the run: the summary table and where the reports are
     */
    public String write(List<PersonaRun> runs, RegressionGate gate, Optional<Map<String, UsageMeter.Usage>> usage) {
        return write(runs, gate, usage, Optional.empty());
    }

    /**
     * Writes every report of the run, stating its judges as {@code judges} says (else as the verdicts name them).
     *
     * @param usage model usage per model spec, when the run's models were metered
     * @return the text to print at the end of the run: the summary table, the judges and where the reports are
     */
    public String write(List<PersonaRun> runs, RegressionGate gate, Optional<Map<String, UsageMeter.Usage>> usage,
                        Optional<JudgesInForce> judges) {
        return write(runs, gate, usage, judges, List.of());
    }

    /**
     * Writes every report of the run, with the personas it skipped and why ({@code skipped}: id, file, reason).
     *
     * @return the text to print at the end of the run: the summary table, the skipped personas, the judges and where
     * the reports are
     */
    public String write(List<PersonaRun> runs, RegressionGate gate, Optional<Map<String, UsageMeter.Usage>> usage,
                        Optional<JudgesInForce> judges, List<SkippedPersona> skipped) {
        ReportModel.Run run = model(runs, gate, usage, judges, skipped);
        writeFolder(directory, run, BaselineCandidate.of(runs));
        return console(run, usage, directory);
    }

    /**
     * Writes the reports of a run in a Surefire fork: the run's own report as one part under
     * {@code forks/<execution>/}, then, under a lock, every part of the same Surefire execution (its forks, and each
     * test class Surefire ran in a fork on its own) merged into this folder, so that the last part to finish leaves
     * a report of all. The first part of an execution is written as {@link #write} writes it; folders of earlier
     * executions are deleted. Parts that cannot be merged leave this run's own report, with a warning saying why.
     *
     * @return the text to print at the end of the run: as {@link #write}, then one line on the merge
     */
    public String write(SurefireFork fork, List<PersonaRun> runs, RegressionGate gate,
                        Optional<Map<String, UsageMeter.Usage>> usage, Optional<JudgesInForce> judges,
                        List<SkippedPersona> skipped) {
        ReportModel.Run run = model(runs, gate, usage, judges, skipped);
        String merged = new ForkParts(directory, fork, clock).write(run, BaselineCandidate.of(runs));
        return console(run, usage, directory) + merged;
    }

    private ReportModel.Run model(List<PersonaRun> runs, RegressionGate gate,
                                  Optional<Map<String, UsageMeter.Usage>> usage, Optional<JudgesInForce> judges,
                                  List<SkippedPersona> skipped) {
        List<ReportModel.SkippedEntry> entries = skipped.stream()
                .map(s -> new ReportModel.SkippedEntry(s.id(), s.file(), s.reason())).toList();
        return JsonReport.redacted(new ReportBuilder(gate, slices).build(runs, usage,
                judges.orElseGet(() -> JudgesSection.fromVerdicts(runs)), entries, clock.instant()), redaction);
    }

    /** Writes {@code report.json}, {@code report.html}, {@code scores/} and the baseline candidate into {@code folder}. */
    static void writeFolder(Path folder, ReportModel.Run run, BaselineCandidate candidate) {
        try {
            Files.createDirectories(folder.resolve("scores"));
            TemporaryFiles.writeWhole(folder.resolve("report.json"), JsonReport.report(run));
            TemporaryFiles.writeWhole(folder.resolve("report.html"), HtmlReport.render(run));
            for (ReportModel.PersonaEntry persona : run.personas()) {
                TemporaryFiles.writeWhole(folder.resolve("scores").resolve(fileName(persona.id())), JsonReport.scores(persona));
            }
            candidate.write(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the reports to " + folder + ": " + e.getMessage(), e);
        }
    }

    private String console(ReportModel.Run run, Optional<Map<String, UsageMeter.Usage>> usage, Path folder) {
        return SummaryTable.render(run) + SliceSection.console(run) + skippedLines(run) + JudgesSection.console(run.judgesInForce())
                + MutantLines.render(run) + UsageLines.render(usage.orElse(Map.of()), prices)
                + LeaderboardSection.console(run) + "Report: " + folder.resolve("report.html").toAbsolutePath().normalize()
                + System.lineSeparator();
    }

    private static String skippedLines(ReportModel.Run run) {
        StringBuilder text = new StringBuilder();
        run.skipped().forEach(s -> text.append("SKIPPED ").append(s.id()).append(": ").append(s.reason())
                .append(System.lineSeparator()));
        return text.toString();
    }

    static String fileName(String personaId) {
        return personaId.replaceAll("[^A-Za-z0-9._-]", "_") + ".json";
    }

    Path directory() {
        return directory;
    }
}
