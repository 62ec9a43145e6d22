package io.github.personagym.junit.engine;

import io.github.personagym.services.JudgesInForce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.engine;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.github.personagym.judge.LlmRubricJudge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * What a run says about its configuration, through the engine with the console captured: a misspelt key, the
 * judges in force and why, a judge switch, and a judge that cannot be reached, one clear line each.
 */
class RunStatementsTest {

    @TempDir
    Path suites;
    @TempDir
    Path reports;
    @TempDir
    Path recordings;

    final Properties system = new Properties();
    Map<String, String> environment = Map.of();
    boolean defaultRecordings;

    @BeforeEach
    void writeSuites() {
        EngineTestSupport.writeSuites(suites);
    }

    /** The engine with the configured (real) services, the environment and system properties given here. */
    EngineTestKit.Builder configured() {
        EngineTestKit.Builder kit = EngineTestKit.engine(new PersonaGymTestEngine(environment, system))
                .selectors(selectClass(Fixtures.InCharacter.class))
                .configurationParameter("personagym.suite.dir", suites.toString())
                .configurationParameter("personagym.report.dir", reports.toString())
                .configurationParameter("personagym.baseline", reports.resolve("baseline.json").toString())
                .configurationParameter("personagym.progress", "false");
        if (!defaultRecordings) {
            kit.configurationParameter("personagym.recordings.dir", recordings.toString());
        }
        // the launcher hands system properties over as configuration parameters
        system.stringPropertyNames().forEach(name -> kit.configurationParameter(name, system.getProperty(name)));
        return kit;
    }

    @Nested
    class MisspeltKeys {

        @Test
        void theJudgeKeyWithoutItsSAsASystemPropertyFailsDiscoveryInOneLineNamingKeySourceAndFix() {
            system.setProperty("personagym.judge", "openai:judge-a");

            List<DiscoveryIssue> issues = configured().discover().getDiscoveryIssues();

            assertThat(issues).singleElement().satisfies(issue -> {
                assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.ERROR);
                assertThat(issue.message()).doesNotContain("\n").contains("personagym.judge (system property)",
                        "did you mean personagym.judges?", "rename it to personagym.judges");
            });
        }

        @Test
        void aRunWithAMisspeltKeyStartsNoTestAndCallsNoJudge() {
            system.setProperty("personagym.judge", "openai:judge-a");

            try (ConsoleCapture console = ConsoleCapture.start()) {
                EngineExecutionResults results = configured().execute();

                results.testEvents().assertStatistics(stats -> stats.started(0));
                results.allEvents().assertThatEvents().haveExactly(1, event(engine(),
                        finishedWithFailure(message(m -> m.contains("did you mean personagym.judges?")))));
                assertThat(console.runLines()).as("the run did not start").isEmpty();
            }
        }

        @Test
        void theJvmsOwnSystemPropertiesAreCheckedThroughTheLaunchersParameters() {
            System.setProperty("personagym.judge", "openai:judge-a");
            try {
                List<DiscoveryIssue> issues = EngineTestKit
                        .engine(new PersonaGymTestEngine(Map.of(), System.getProperties(), c -> new ScriptedServices()))
                        .enableImplicitConfigurationParameters(true)
                        .selectors(selectClass(Fixtures.InCharacter.class)).discover().getDiscoveryIssues();

                assertThat(issues).singleElement().extracting(DiscoveryIssue::message).asString()
                        .contains("personagym.judge (system property)", "did you mean personagym.judges?");
            } finally {
                System.clearProperty("personagym.judge");
            }
        }

        @Test
        void aMisspeltEnvironmentVariableFailsDiscoveryNamingTheVariable() {
            environment = Map.of("PERSONAGYM_JUDGE", "offline");

            assertThat(configured().discover().getDiscoveryIssues()).singleElement()
                    .extracting(DiscoveryIssue::message).asString()
                    .contains("PERSONAGYM_JUDGE (environment variable)", "did you mean PERSONAGYM_JUDGES?");
        }

        @Test
        void aMisspeltLauncherParameterIsNamedAsOne() {
            assertThat(configured().configurationParameter("personagym.judges.batch-size", "1").discover()
                    .getDiscoveryIssues()).singleElement().extracting(DiscoveryIssue::message).asString()
                    .contains("personagym.judges.batch-size (launcher configuration parameter)",
                            "did you mean personagym.judge.batch-size?");
        }

        @Test
        void aKeyFarFromEveryKnownKeyIsOneWarningLineAndTheRunGoesOn() {
            system.setProperty("personagym.version", "1.2.0");

            try (ConsoleCapture console = ConsoleCapture.start()) {
                EngineExecutionResults results = configured().execute();

                assertThat(console.linesWith("personagym.version")).singleElement().asString().startsWith(
                        "[personagym] WARNING Unknown PersonaGym configuration key personagym.version (system property) "
                                + "is ignored; the nearest key is personagym.");
                assertThat(results.testEvents().started().count()).isPositive();
            }
        }
    }

    @Nested
    class JudgesInForce {

        @Test
        void withoutAJudgeKeyTheOfflineJudgeIsStatedAsTheDefaultWithHowToUseAnLlmJudgeInstead() throws IOException {
            try (ConsoleCapture console = ConsoleCapture.start()) {
                configured().execute();

                assertThat(console.runLines()).contains("[personagym] judges in force: offline (default: no "
                        + "personagym.judges set)");
                assertThat(console.runLines().stream().filter(line -> line.contains("OPENAI_API_KEY")))
                        .singleElement().asString().contains("offline judge", "personagym.judges is not set",
                                "ANTHROPIC_API_KEY", "GEMINI_API_KEY", "Ollama",
                                "-Dpersonagym.judges=openai:gpt-4o-mini");
                assertThat(console.lines()).contains("Judges: offline (default: no personagym.judges set)");
            }
            assertThat(reports.resolve("report.json")).content().contains("\"source\" : \"default\"");
        }

        @Test
        void aProviderKeyInTheEnvironmentIsNamedAsTheWayToAnLlmJudge() {
            environment = Map.of("OPENAI_API_KEY", "sk-test-not-a-key");

            try (ConsoleCapture console = ConsoleCapture.start()) {
                configured().execute();

                assertThat(console.runLines()).anySatisfy(line -> assertThat(line).endsWith(
                        "OPENAI_API_KEY is set: for an LLM judge, add -Dpersonagym.judges=openai:gpt-4o-mini."));
            }
        }

        @Test
        void aJudgeKeyFromTheEnvironmentIsStatedWithItsVariable() {
            environment = Map.of("PERSONAGYM_JUDGES", "offline");

            try (ConsoleCapture console = ConsoleCapture.start()) {
                configured().execute();

                assertThat(console.runLines()).containsExactly(
                        "[personagym] judges in force: offline (environment variable PERSONAGYM_JUDGES)");
            }
        }

        @Test
        void aJudgeKeyFromASystemPropertyIsStatedSo() {
            system.setProperty("personagym.judges", "offline");

            try (ConsoleCapture console = ConsoleCapture.start()) {
                configured().execute();

                assertThat(console.runLines()).containsExactly(
                        "[personagym] judges in force: offline (system property personagym.judges)");
            }
        }

        @Test
        void offlineModeInPlaceOfAConfiguredJudgeIsStated() {
            try (ConsoleCapture console = ConsoleCapture.start()) {
                configured().configurationParameter("personagym.judges", "openai:gpt-4o-mini")
                        .configurationParameter("personagym.mode", "offline").execute();

                assertThat(console.runLines()).containsExactly("[personagym] judges in force: offline "
                        + "(personagym.mode=offline from launcher configuration parameter personagym.mode, in place of "
                        + "openai:gpt-4o-mini from launcher configuration parameter personagym.judges)");
            }
        }

        @Test
        void recordedVerdictsOfAnLlmJudgeWhileTheOfflineJudgeJudgesAreOneLine() throws IOException {
            record("openai:gpt-4o-mini");

            try (ConsoleCapture console = ConsoleCapture.start()) {
                configured().execute();

                assertThat(console.runLines().stream().filter(line -> line.contains("recorded")))
                        .singleElement().asString().startsWith("[personagym] The judges changed: " + recordings
                                + " holds verdicts recorded from openai:gpt-4o-mini, but this run judges with the offline "
                                + "judge (default: no personagym.judges set)")
                        .endsWith("set -Dpersonagym.judges=openai:gpt-4o-mini (recorded verdicts replay without a key).");
            }
        }

        @Test
        void aBaselineMadeWithOtherJudgesIsOneLine() {
            EngineTestSupport.kit(new ScriptedServices(), suites, reports)
                    .selectors(selectClass(Fixtures.InCharacter.class))
                    .configurationParameter("personagym.baseline.update", "true").execute();

            try (ConsoleCapture console = ConsoleCapture.start()) {
                configured().execute();

                assertThat(console.runLines().stream().filter(line -> line.contains("baseline")))
                        .singleElement().asString().startsWith("[personagym] The judges changed: the baseline "
                                + reports.resolve("baseline.json") + " was made with the judges [scripted-judge], this run "
                                + "judges with [offline]");
            }
        }
    }

    @Nested
    class ApiKeysAsSystemProperties {

        @Test
        void anApiKeyGivenAsASystemPropertyIsOneWarningLineNamingTheVariableToSetInstead() {
            system.setProperty("personagym.anthropic.api-key", "sk-ant-not-a-real-key-0000000000");

            try (ConsoleCapture console = ConsoleCapture.start()) {
                configured().execute();

                assertThat(console.linesWith("WARNING")).containsExactly("[personagym] WARNING "
                        + "personagym.anthropic.api-key is set as a system property, and Maven Surefire copies system "
                        + "properties into its XML reports (target/surefire-reports): set the environment variable "
                        + "ANTHROPIC_API_KEY instead.");
                assertThat(console.lines()).noneMatch(line -> line.contains("sk-ant-not-a-real-key"));
            }
        }

        @Test
        void anApiKeyFromTheEnvironmentOrALauncherParameterIsNoWarning() {
            environment = Map.of("OPENAI_API_KEY", "sk-test-not-a-key-000000");

            try (ConsoleCapture console = ConsoleCapture.start()) {
                configured().configurationParameter("personagym.gemini.api-key", "gemini-test-not-a-key").execute();

                assertThat(console.linesWith("WARNING")).isEmpty();
            }
        }
    }

    @Nested
    class UnreachableJudge {

        @Test
        void anLlmJudgeWithoutKeyOrRecordingIsOneRunLevelErrorAndEachQuestionPointsAtItInOneShortLine() {
            system.setProperty("personagym.judges", "openai:gpt-4o");

            try (ConsoleCapture console = ConsoleCapture.start()) {
                EngineExecutionResults results = configured().execute();

                assertThat(console.runLines().stream().filter(line -> line.contains("OPENAI_API_KEY")))
                        .singleElement().asString()
                        .startsWith("[personagym] ERROR Judge openai:gpt-4o cannot be reached: OPENAI_API_KEY is not set")
                        .contains("Set OPENAI_API_KEY (or personagym.openai.api-key",
                                "or drop personagym.judges (system property personagym.judges)")
                        .endsWith("Every question fails on it until then.");
                results.allEvents().assertThatEvents().haveExactly(1, event(engine(),
                        finishedWithFailure(message(m -> m.startsWith("Judge openai:gpt-4o cannot be reached")))));
                List<String> questions = failures(results, "question");
                assertThat(questions).hasSize(4).allSatisfy(m -> assertThat(m).doesNotContain("\n", "Request key")
                        .hasSizeLessThan(300).endsWith("judge openai:gpt-4o gave no score (error: cannot be reached "
                                + "(OPENAI_API_KEY not set, no recorded call): see the PersonaGym error 'Judge "
                                + "openai:gpt-4o cannot be reached' at the start of the run)"));
            }
        }

        @Test
        void aMissingRecordingOfAJudgeThatReplaysSaysWhatToSetAndIsNotCutShort() throws IOException {
            record("openai:gpt-4o");
            system.setProperty("personagym.judges", "openai:gpt-4o");

            try (ConsoleCapture console = ConsoleCapture.start()) {
                EngineExecutionResults results = configured().execute();

                assertThat(console.runLines()).noneMatch(line -> line.contains("ERROR"));
                assertThat(failures(results, "question")).hasSize(4).allSatisfy(m -> assertThat(m)
                        .contains("No recording of this openai:gpt-4o exchange (no provider is configured for "
                                + "openai:gpt-4o: set OPENAI_API_KEY (or personagym.openai.api-key")
                        .endsWith("then commit " + recordings + ".)"));
            }
        }
    }

    @Nested
    class Docs {

        @Test
        void theLinesConfigurationMdQuotesAreTheLinesARunPrints() throws IOException {
            List<String> quoted = Files.readAllLines(Path.of("..", "docs", "configuration.md")).stream()
                    .map(String::strip).filter(line -> line.startsWith("[personagym] ") || line.startsWith("(1) ["))
                    .toList();
            List<String> printed = new java.util.ArrayList<>();
            try (ConsoleCapture console = ConsoleCapture.start()) {
                system.setProperty("personagym.version", "1.2.0");
                configured().execute();
                system.clear();
                system.setProperty("personagym.openai.api-key", "sk-test-not-a-real-key-000000");
                configured().execute();
                system.clear();
                system.setProperty("personagym.judges", "openai:gpt-4o");
                defaultRecordings = true;
                configured().execute();
                printed.addAll(console.runLines());
            }
            system.clear();
            system.setProperty("personagym.judge", "openai:judge-a");
            configured().discover().getDiscoveryIssues()
                    .forEach(issue -> printed.add("(1) [" + issue.severity() + "] " + issue.message()));

            assertThat(quoted).hasSize(6);
            assertThat(printed).containsAll(quoted);
        }
    }

    /** A recorded judge call answered by {@code spec}, as the recordings folder holds it. */
    void record(String spec) throws IOException {
        Path file = recordings.resolve("ab").resolve("ab" + "0".repeat(62) + ".json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, ReportJson.object(Map.of("key", "ab" + "0".repeat(62), "recordedFrom", spec,
                "request", Map.of("messages", List.of(Map.of("type", "SYSTEM", "text", LlmRubricJudge.systemMessage()),
                        Map.of("type", "USER", "text", "Grade each response"))),
                "response", Map.of("text", "{}", "finishReason", "STOP", "promptTokens", 0, "completionTokens", 0))));
    }

    private static List<String> failures(EngineExecutionResults results, String segmentType) {
        return results.allEvents().failed().stream()
                .filter(e -> e.getTestDescriptor().getUniqueId().getLastSegment().getType().equals(segmentType))
                .map(e -> e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                        .map(Throwable::getMessage).orElse("")).toList();
    }

    /** Writes JSON with Jackson, which the engine's tests have on their class path. */
    private static final class ReportJson {
        static String object(Object value) throws IOException {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        }
    }
}
