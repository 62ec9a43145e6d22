package io.github.personagym.report;

import io.github.personagym.evaluation.PersonaRun;
import io.github.personagym.gate.RegressionGate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.personagym.Task;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Opens a generated report in Debian's headless Chromium (installed by {@code .ci/install-chromium}). */
@Timeout(180)
class ReportInBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOT = Path.of("target", "personagym-report.png");
    static final long TIMEOUT_SECONDS = 60;

    @TempDir
    static Path dir;

    static Path report;

    @BeforeAll
    static void writeReport() {
        assumeTrue(Files.isExecutable(CHROMIUM), "No Chromium at " + CHROMIUM + ": the browser test is skipped. "
                + "Install it with .ci/install-chromium (Debian's chromium package); CI does.");
        report = ReportShowcase.write(dir);
    }

    @Test
    void chartsAndWorstAnswersAreRenderedAndTheScriptsRan() throws Exception {
        String dom = chromium(report.toUri().toString(), "--dump-dom");

        assertThat(dom).contains("<body data-filters=\"ready\">", "<svg class=\"bars\"", "<svg class=\"hist\"");
        for (String task : Task.BUILT_IN_NAMES) {
            assertThat(dom).contains("data-bar=\"" + task + "\"");
        }
        assertThat(dom).contains("<h3>Worst answers</h3>", "scripted: the answer reads like a 2",
                "How do you greet a new sailor?");
        assertThat(dom).contains("<title>PersonaGym report</title>")
                .contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;")
                .doesNotContain("<img src=\"x\"");
    }

    @Test
    void filtersFromTheAddressHideOtherPersonasAndTasks() throws Exception {
        String dom = chromium(report.toUri() + "#persona=nurse&task=Persona%20Consistency", "--dump-dom");

        assertThat(dom).contains("id=\"p-captain\" data-persona=\"captain\" hidden=\"\"")
                .contains("id=\"p-nurse\" data-persona=\"nurse\">")
                .contains("<tr data-task=\"Linguistic Habits\" hidden=\"\">")
                .contains("<g class=\"row dim\" data-task=\"Expected Action\">")
                .contains("<div class=\"hist-box\" data-hist=\"Persona Consistency\">");
    }

    @Test
    void theLeaderboardOfABenchmarkRunIsRendered() throws Exception {
        Path folder = dir.resolve("benchmark");
        var gate = new RegressionGate(folder.resolve("none.json"), 0.25, false);
        List<PersonaRun> runs = LeaderboardSectionTest.benchmarkRun(4);
        runs.forEach(gate::check);
        new Reports(folder, java.time.Clock.systemUTC()).write(runs, gate, java.util.Optional.empty());
        Path shot = SCREENSHOT.resolveSibling("personagym-leaderboard.png");
        Files.deleteIfExists(shot);

        String dom = chromium(folder.resolve("report.html").toUri().toString(), "--dump-dom");
        chromium(folder.resolve("report.html").toUri().toString(), "--screenshot=" + shot.toAbsolutePath(),
                "--window-size=1280,1200", "--hide-scrollbars");

        assertThat(dom).contains("<body data-filters=\"ready\">", "<section class=\"card\" id=\"leaderboard\">",
                "<tr class=\"this-run\" data-leaderboard=\"run\">", "GPT-4o and Llama-3-70B", "Llama 3 8B");
        String section = dom.substring(dom.indexOf("id=\"leaderboard\""), dom.indexOf("id=\"summary\""));
        assertThat(section).doesNotContain("hidden").contains("</table>");
        assertThat(section.split("<tr").length - 1).as("a header row, the run and the paper's six models").isEqualTo(8);
        assertThat(shot).exists();
        assertThat(Files.size(shot)).isGreaterThan(50_000);
    }

    @Test
    void theJudgeFreeCardShowsEachMetricInItsUnitWithItsIntervalAndTheBaselineDiff() throws Exception {
        Path folder = dir.resolve("judge-free");
        var choices = new io.github.personagym.metric.Choices(List.of("Sextant", "Barometer", "Chronometer"), 1);
        java.util.function.Function<Integer, PersonaRun> captain = right -> {
            ScriptedRuns run = ScriptedRuns.persona("captain").threshold(3.0).taskThreshold("Sea Knowledge", 0.8)
                    .answers(Task.EXPECTED_ACTION, 4, 5);
            for (int i = 1; i <= 4; i++) {
                run.choice("Sea Knowledge", "Which instrument warns of a storm, " + i + "?", choices,
                        i <= right ? "B) the barometer, lad." : "The sextant.");
            }
            return run.reference("Sea Lore", "Finish: red sky at night", "Red sky at night, sailor's delight.",
                    "Red sky at night, sailor's delight!").build();
        };
        var update = new RegressionGate(folder.resolve("baseline.json"), 0.25, true);
        update.check(captain.apply(4));
        update.writeUpdates();
        var gate = new RegressionGate(folder.resolve("baseline.json"), 0.25, false);
        PersonaRun run = captain.apply(2);
        gate.check(run);
        new Reports(folder, java.time.Clock.systemUTC()).write(List.of(run), gate, java.util.Optional.empty());
        Path shot = SCREENSHOT.resolveSibling("personagym-judge-free.png");
        Files.deleteIfExists(shot);

        String dom = chromium(folder.resolve("report.html").toUri().toString(), "--dump-dom");
        chromium(folder.resolve("report.html").toUri().toString(), "--screenshot=" + shot.toAbsolutePath(),
                "--window-size=1280,2400", "--hide-scrollbars");

        assertThat(dom).contains("<body data-filters=\"ready\">");
        String card = dom.substring(dom.indexOf("<div class=\"card judge-free\">"));
        card = card.substring(0, card.indexOf("</table>"));
        assertThat(card).contains("<h3>Judge-free tasks</h3>", "each on its own scale from 0 to 1; not part of the"
                        + " PersonaScore")
                .containsPattern("<tr data-task=\"Sea Knowledge\"><td>Sea Knowledge</td><td>accuracy</td>"
                        + "<td class=\"num fail\">0\\.50</td><td class=\"interval\">\\[0\\.\\d\\d, 0\\.\\d\\d\\]"
                        + " <small>Wilson score</small></td><td class=\"num\">4</td><td class=\"num\">0</td>"
                        + "<td class=\"num\">0\\.80</td></tr>")
                .containsPattern("<tr data-task=\"Sea Lore\"><td>Sea Lore</td><td>ROUGE-L F1 <small>\\(exact match"
                        + " 1\\.00\\)</small></td><td class=\"num \">1\\.00</td><td class=\"interval\">\u2013</td>");
        assertThat(dom).contains("Sea Knowledge accuracy").contains("1.00 \u2192 0.50");
        assertThat(shot).exists();
    }

    @Test
    void theConversationCardRendersItsTurnCurve() throws Exception {
        Path folder = dir.resolve("conversation");
        ConversationReportTest.writeFadingCaptain(folder, 5, 5, 4, 4, 3, null, 2, 2);

        String dom = chromium(folder.resolve("out/report.html").toUri().toString(), "--dump-dom");

        assertThat(dom).contains("<body data-filters=\"ready\">", "<div class=\"card conversations\">",
                "<svg class=\"turn-curve\"", "<polyline class=\"curve\"", "<line class=\"window late\"",
                "data-turn=\"6\"", "Drift <b>-2.17</b>");
        String card = dom.substring(dom.indexOf("<div class=\"card conversations\">"));
        assertThat(card.substring(0, card.indexOf("</svg>")).split("<circle class=\"turn\" ").length - 1)
                .as("a point per scored turn").isEqualTo(7);
    }

    @Test
    void screenshotIsTaken() throws Exception {
        Files.createDirectories(SCREENSHOT.getParent());
        Files.deleteIfExists(SCREENSHOT);

        chromium(report.toUri().toString(), "--screenshot=" + SCREENSHOT.toAbsolutePath(), "--window-size=1280,2000",
                "--hide-scrollbars");

        assertThat(SCREENSHOT).exists();
        assertThat(Files.size(SCREENSHOT)).isGreaterThan(50_000);
    }

    /** Runs headless Chromium on a URL, bounded by a timeout; returns what it printed on stdout. */
    static String chromium(String url, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
        command.addAll(List.of(options));
        command.add(url);
        Path out = Files.createTempFile(dir, "chromium", ".out");
        Path err = Files.createTempFile(dir, "chromium", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + tail(err));
        }
        assertThat(process.exitValue()).as("Chromium's exit code; its stderr: %s", tail(err)).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static String tail(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.length() <= 2000 ? text : text.substring(text.length() - 2000);
    }


    @Test
    void theSlicesCardIsRenderedWithItsIntervalsAndTheFailedGap() throws Exception {
        Path folder = dir.resolve("sliced");
        SliceReportTest.writeSliced(folder, SliceReportTest.slicedRun());
        Path shot = SCREENSHOT.resolveSibling("personagym-slices.png");
        Files.deleteIfExists(shot);

        String dom = chromium(folder.resolve("report.html").toUri().toString(), "--dump-dom");
        chromium(folder.resolve("report.html").toUri().toString(), "--screenshot=" + shot.toAbsolutePath(),
                "--window-size=1280,1600", "--hide-scrollbars");

        assertThat(dom).contains("<body data-filters=\"ready\">", "<section class=\"card\" id=\"slices\">");
        String card = dom.substring(dom.indexOf("id=\"slices\""), dom.indexOf("</section>", dom.indexOf("id=\"slices\"")));
        assertThat(card).doesNotContain("hidden").contains("<h3 data-slice=\"region\">", "<h3 data-slice=\"age\">",
                "<tr data-group=\"north\">", "<tr data-group=\"south\">", "<span class=\"badge fail\">FAIL</span>",
                "groups too small to compare");
        assertThat(card.split("<svg class=\"slice-ci\"").length - 1).as("one interval chart per group").isEqualTo(6);
        assertThat(Files.size(shot)).isGreaterThan(50_000);
    }
}
