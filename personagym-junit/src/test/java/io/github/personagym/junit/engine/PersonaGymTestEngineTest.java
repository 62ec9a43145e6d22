package io.github.personagym.junit.engine;

import com.fasterxml.jackson.databind.ObjectMapper;

import com.fasterxml.jackson.databind.JsonNode;

import static io.github.personagym.junit.engine.EngineTestSupport.kit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Events;

class PersonaGymTestEngineTest {

    @TempDir
    Path suites;
    @TempDir
    Path reports;
    final ScriptedServices services = new ScriptedServices();

    @BeforeEach
    void writeSuites() {
        EngineTestSupport.writeSuites(suites);
    }

    private static List<String> displayNames(TestDescriptor root) {
        return root.getDescendants().stream().map(TestDescriptor::getDisplayName).toList();
    }

    @Nested
    class Discovers {

        @Test
        void aClassAsClassPersonaEnvironmentTaskQuestionWithChecks() {
            TestDescriptor engine = kit(services, suites, reports).selectors(selectClass(Fixtures.InCharacter.class))
                    .discover().getEngineDescriptor();

            TestDescriptor testClass = engine.getChildren().iterator().next();
            assertThat(testClass.getSource()).containsInstanceOf(ClassSource.class);
            TestDescriptor persona = testClass.getChildren().iterator().next();
            assertThat(persona.getUniqueId().getLastSegment().getValue()).isEqualTo("captain");
            assertThat(persona.getChildren()).extracting(TestDescriptor::getDisplayName).containsExactly(
                    "captain \u203A Wedding", "captain \u203A Camping Trip", "captain \u203A PersonaScore \u2265 4.00",
                    "captain \u203A no regression against baseline");
            assertThat(displayNames(engine)).contains(
                    "captain \u203A Wedding \u203A Expected Action \u203A expected-action-1",
                    "captain \u203A Camping Trip \u203A Linguistic Habits \u203A linguistic-habits-2");
            assertThat(engine.getDescendants().stream().filter(TestDescriptor::isTest)).hasSize(6);
        }

        @Test
        void uniqueIdsAreBuiltFromStableKeys() {
            TestDescriptor engine = kit(services, suites, reports).selectors(selectClass(Fixtures.InCharacter.class))
                    .discover().getEngineDescriptor();
            TestDescriptor question = find(engine, "expected-action-2");

            assertThat(question.getUniqueId().toString()).isEqualTo("[engine:personagym]"
                    + "/[class:" + Fixtures.InCharacter.class.getName() + "]/[persona:captain]"
                    + "/[environment:Camping Trip]/[task:Expected Action]/[question:expected-action-2]");
        }

        @Test
        void aUniqueIdSelectsOneQuestionAndRoundTrips() {
            TestDescriptor all = kit(services, suites, reports).selectors(selectClass(Fixtures.InCharacter.class))
                    .discover().getEngineDescriptor();
            UniqueId id = find(all, "linguistic-habits-2").getUniqueId();

            TestDescriptor engine = kit(services, suites, reports).selectors(selectUniqueId(id)).discover()
                    .getEngineDescriptor();

            assertThat(engine.getDescendants().stream().filter(TestDescriptor::isTest))
                    .extracting(TestDescriptor::getUniqueId).containsExactly(id);
            EngineExecutionResults results = kit(services, suites, reports).selectors(selectUniqueId(id)).execute();
            results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        }

        @Test
        void packageAndClasspathRootSelectorsFindAnnotatedClasses() {
            TestDescriptor byPackage = kit(services, suites, reports)
                    .selectors(selectPackage(Fixtures.class.getPackageName())).discover().getEngineDescriptor();
            TestDescriptor byRoot = kit(services, suites, reports)
                    .selectors(selectClasspathRoots(Set.of(Path.of("target/test-classes"))).get(0)).discover()
                    .getEngineDescriptor();

            assertThat(byPackage.getChildren()).extracting(TestDescriptor::getDisplayName)
                    .contains("InCharacter", "OutOfCharacter", "AllPersonas", "WithBrokenFile");
            assertThat(byRoot.getChildren()).extracting(TestDescriptor::getDisplayName)
                    .contains("InCharacter", "OutOfCharacter");
        }

        @Test
        void aPersonaFileByFileSelectorWithAFileSourceAtItsLine() {
            Path captain = EngineTestSupport.resources().resolve("engine/personas/captain.yaml");
            TestDescriptor engine = kit(services, suites, reports).selectors(selectFile(captain.toFile()))
                    .discover().getEngineDescriptor();

            TestDescriptor persona = engine.getChildren().iterator().next().getChildren().iterator().next();
            assertThat(persona.getSource()).get().isInstanceOfSatisfying(FileSource.class, source -> {
                assertThat(source.getFile().toPath()).isEqualTo(captain);
                assertThat(source.getPosition()).get().extracting(p -> p.getLine()).isEqualTo(1);
            });
            TestDescriptor question = find(engine, "linguistic-habits-1");
            assertThat(question.getSource()).get().isInstanceOfSatisfying(FileSource.class, source -> {
                assertThat(source.getFile().toPath()).isEqualTo(suites.resolve("captain.suite.yaml"));
                assertThat(source.getPosition()).get().extracting(p -> p.getLine()).isNotEqualTo(0);
            });
        }

        @Test
        void aPersonaFilesIdIsItsPathRelativeToTheWorkingDirectoryAndRoundTrips() {
            Path captain = EngineTestSupport.resources().resolve("engine/personas/captain.yaml");
            TestDescriptor engine = kit(services, suites, reports).selectors(selectFile(captain.toFile()))
                    .discover().getEngineDescriptor();
            UniqueId question = find(engine, "linguistic-habits-2").getUniqueId();

            assertThat(question.getSegments().get(1).getValue()).isEqualTo("src/test/resources/engine/personas/captain.yaml");
            TestDescriptor again = kit(services, suites, reports).selectors(selectUniqueId(question)).discover()
                    .getEngineDescriptor();
            assertThat(again.getDescendants().stream().filter(TestDescriptor::isTest))
                    .extracting(TestDescriptor::getUniqueId).containsExactly(question);
        }

        @Test
        void questionSourcesPointAtTheQuestionsLineInTheSuiteFile() throws Exception {
            TestDescriptor engine = kit(services, suites, reports).selectors(selectClass(Fixtures.InCharacter.class))
                    .discover().getEngineDescriptor();
            List<String> suiteLines = Files.readAllLines(suites.resolve("captain.suite.yaml"));

            FileSource source = (FileSource) find(engine, "expected-action-2").getSource().orElseThrow();
            int line = source.getPosition().orElseThrow().getLine();
            assertThat(suiteLines.get(line - 1) + suiteLines.get(line)).contains("expected-action-2");
        }

        @Test
        void aDirectoryOfPersonaFilesWithTheBrokenOneAsAnIssue() {
            EngineDiscoveryResults results = kit(services, suites, reports)
                    .selectors(selectDirectory(EngineTestSupport.resources().resolve("engine").toFile())).discover();

            assertThat(results.getEngineDescriptor().getChildren()).hasSize(4);
            assertThat(results.getDiscoveryIssues()).as("a broken file is reported once, as its failing test").isEmpty();
            assertThat(results.getEngineDescriptor().getDescendants()).filteredOn(BrokenPersonaDescriptor.class::isInstance)
                    .singleElement().satisfies(broken -> {
                        assertThat(((BrokenPersonaDescriptor) broken).message())
                                .contains("broken.yaml", ":4", "speking-style", "speaking-style");
                        assertThat(broken.getSource()).get().isInstanceOfSatisfying(FileSource.class, source ->
                                assertThat(source.getPosition().orElseThrow().getLine()).isEqualTo(4));
                    });
        }

        @Test
        void aClasspathResourceWithAClasspathSource() {
            TestDescriptor engine = kit(services, suites, reports)
                    .selectors(selectClasspathResource("engine/personas/nurse.yaml")).discover().getEngineDescriptor();

            TestDescriptor persona = engine.getChildren().iterator().next().getChildren().iterator().next();
            assertThat(persona.getSource()).get().isInstanceOfSatisfying(ClasspathResourceSource.class,
                    source -> assertThat(source.getClasspathResourceName()).isEqualTo("engine/personas/nurse.yaml"));
            assertThat(displayNames(engine)).contains("nurse \u203A Linguistic Habits score \u2265 3.00");
        }

        @Test
        void taskNamesInAPersonasThresholdsResolveLikeItsTasks() {
            TestDescriptor engine = kit(services, suites, reports)
                    .selectors(selectClasspathResource("engine/lowercase/sailor.yaml")).discover().getEngineDescriptor();

            assertThat(displayNames(engine)).contains("sailor \u203A Linguistic Habits score \u2265 3.00",
                    "sailor \u203A Toxicity Control score \u2265 4.50");
        }

        @Test
        void brokenAndMissingPersonaFilesOfAClassAreIssuesAndFailingTests() {
            EngineDiscoveryResults results = kit(services, suites, reports)
                    .selectors(selectClass(Fixtures.WithBrokenFile.class)).discover();

            assertThat(results.getDiscoveryIssues()).as("each is reported once, as its failing test").isEmpty();
            assertThat(results.getEngineDescriptor().getDescendants()).filteredOn(BrokenPersonaDescriptor.class::isInstance)
                    .extracting(broken -> ((BrokenPersonaDescriptor) broken).message())
                    .anySatisfy(m -> assertThat(m).contains("engine/broken/broken.yaml", ":4"))
                    .anySatisfy(m -> assertThat(m).contains("No persona file", "engine/nothing/*.yaml"));
        }
    }

    @Nested
    class Executes {

        @Test
        void anInCharacterAgentPassesEveryTest() {
            Events tests = kit(services, suites, reports).selectors(selectClass(Fixtures.InCharacter.class))
                    .execute().testEvents();

            tests.assertStatistics(stats -> stats.started(5).succeeded(5).failed(0));
            tests.assertThatEvents().haveExactly(1,
                    event(test("check:persona-score"), finishedSuccessfully()));
        }

        @Test
        void anOutOfCharacterAgentFailsTheThresholdsWithScoresIntervalsAndReasons() {
            Events tests = kit(services, suites, reports).selectors(selectClass(Fixtures.OutOfCharacter.class))
                    .execute().testEvents();

            tests.assertStatistics(stats -> stats.started(6).succeeded(4).failed(2));
            tests.assertThatEvents().haveExactly(1, event(test("check:persona-score"), finishedWithFailure(message(m ->
                    m.contains("Expecting PersonaScore of <captain> to be at least 4.00 but was 1.00")
                            && m.contains("(95% CI [1.00, 1.00], 4 scored, 0 unscored)")
                            && m.contains("Worst answers:")
                            && m.contains("speaks as an assistant, not as the persona")))));
            tests.assertThatEvents().haveExactly(1, event(test("check:task:Linguistic Habits"),
                    finishedWithFailure(message(m -> m.contains(
                            "Expecting Linguistic Habits score of <captain> to be at least 3.50 but was 1.00")))));
        }

        @Test
        void aQuestionFailsOnlyWhenItsAnswerOrVerdictFailed() {
            Events tests = kit(services, suites, reports).selectors(selectClass(Fixtures.FailingAnswers.class))
                    .execute().testEvents();

            tests.assertThatEvents()
                    .haveExactly(1, event(test("question:expected-action-2"), finishedWithFailure(message(m ->
                            m.contains("agent backend unreachable")))))
                    .haveExactly(1, event(test("question:expected-action-1"), finishedWithFailure(message(m ->
                            m.contains("HTTP 500")))))
                    .haveExactly(1, event(test("question:linguistic-habits-1"), finishedSuccessfully()));
            tests.assertThatEvents().haveExactly(1, event(test("check:persona-score"), finishedWithFailure(message(m ->
                    m.contains("Expecting PersonaScore of <captain> to have a score but there is no score")
                            && m.contains("Expected Action no score (2 unscored)")))));
        }

        @Test
        void anAgentErrorIsRedactedBeforeItReachesTheTestResultAndTheReport() throws Exception {
            Events tests = kit(services, suites, reports).selectors(selectClass(Fixtures.LeakyAgent.class))
                    .execute().testEvents();

            tests.assertThatEvents().haveExactly(1, event(test("question:linguistic-habits-1"),
                    finishedWithFailure(message(m -> m.contains("401 Unauthorized for key [redacted]")))));
            assertThat(reports.resolve("report.json")).content().doesNotContain("sk-proj-FakeKey");
        }

        @Test
        void everyPersonaOfAGlobRuns() {
            Events tests = kit(services, suites, reports).selectors(selectClass(Fixtures.AllPersonas.class))
                    .execute().testEvents();

            tests.assertStatistics(stats -> stats.started(4 + 1 + 1 + 1 + 1).failed(0));
        }

        @Test
        void aBrokenPersonaFailsItsOwnTestAndTheOthersStillRun() {
            Events tests = kit(services, suites, reports).selectors(selectClass(Fixtures.WithBrokenFile.class))
                    .execute().testEvents();

            tests.assertThatEvents()
                    .haveExactly(1, event(test("persona:broken"), finishedWithFailure(message(m ->
                            m.contains("broken.yaml") && m.contains("speking-style")))))
                    .haveExactly(1, event(test("question:linguistic-habits-1"), finishedSuccessfully()))
                    .haveExactly(1, event(test("check:task:Linguistic Habits"), finishedSuccessfully()));
        }

        @Test
        void anEvaluationThatFailsFailsItsPersonaOnceAndAbortsTheTestsItCouldNotDecide() {
            services.judgesError = new IllegalStateException("judge model unreachable");

            EngineExecutionResults results = kit(services, suites, reports)
                    .selectors(selectClass(Fixtures.InCharacter.class)).execute();

            results.containerEvents().assertThatEvents().haveExactly(1, event(container("persona:captain"),
                    finishedWithFailure(message("judge model unreachable"))));
            results.testEvents().assertStatistics(stats -> stats.started(6).failed(0).aborted(6));
            results.testEvents().assertThatEvents().haveExactly(6, event(abortedWithReason(message(m ->
                    m.startsWith("not evaluated: the evaluation of persona 'captain' failed")
                            && m.contains("judge model unreachable")))));
        }

        @Test
        void withoutASuiteTheGeneratorMakesOneAndItsQuestionsAreRegisteredDynamically() throws Exception {
            Files.delete(suites.resolve("captain.suite.yaml"));
            services.withGenerator = true;

            EngineExecutionResults results = kit(services, suites, reports)
                    .selectors(selectClass(Fixtures.InCharacter.class)).execute();

            // one environment (Wedding), two tasks, two questions each
            assertThat(results.allEvents().dynamicallyRegistered().count()).isEqualTo(1 + 2 + 4);
            results.testEvents().assertStatistics(stats -> stats.started(5).succeeded(5));
            assertThat(suites.resolve("captain.suite.yaml")).content().contains("First Expected Action question?",
                    "scripted:generator");
            assertThat(services.generatorCalls.get()).isEqualTo(2);
        }

        @Test
        void withoutASuiteOrAGeneratorThePersonaIsSkippedWithTheReason() throws Exception {
            Files.delete(suites.resolve("captain.suite.yaml"));

            Events containers;
            List<String> said;
            try (ConsoleCapture console = ConsoleCapture.start()) {
                containers = kit(services, suites, reports).selectors(selectClass(Fixtures.InCharacter.class))
                        .execute().containerEvents();
                said = console.linesWith("SKIPPED");
            }

            containers.assertThatEvents().haveExactly(1, event(skippedWithReason(r ->
                    r.contains("No suite for persona 'captain'") && r.contains("personagym.generator"))));
            assertThat(said).first().asString()
                    .startsWith("[personagym] SKIPPED captain: No suite for persona 'captain'")
                    .contains("personagym.generator");
            assertThat(said).as("once on the way, once in the summary").hasSize(2);
            assertThat(reports.resolve("report.json")).as("the first report of its folder in this JVM").content()
                    .contains("\"skipped\"").contains("No suite for persona 'captain'");

            Files.writeString(reports.resolve("report.json"), "{\"written\": \"by the run before\"}");
            kit(services, suites, reports).selectors(selectClass(Fixtures.InCharacter.class)).execute();
            assertThat(reports.resolve("report.json")).as("a run that only skipped replaces no report of this JVM")
                    .hasContent("{\"written\": \"by the run before\"}");
        }

        @Test
        void aSkippedPersonaIsInTheSummaryAndInReportJsonBesideTheEvaluatedOnes() throws Exception {
            Files.delete(suites.resolve("captain.suite.yaml"));

            List<String> said;
            try (ConsoleCapture console = ConsoleCapture.start()) {
                kit(services, suites, reports).selectors(selectClass(Fixtures.AllPersonas.class)).execute();
                said = console.linesWith("SKIPPED captain");
            }

            assertThat(said).as("once on the way, once in the summary at the end").hasSize(2);
            assertThat(said.get(1)).startsWith("SKIPPED captain: No suite for persona 'captain'");
            JsonNode report = new ObjectMapper().readTree(reports.resolve("report.json").toFile());
            assertThat(report.at("/personas")).extracting(p -> p.get("id").asText()).containsExactly("nurse");
            JsonNode skipped = report.at("/skipped");
            assertThat(skipped).hasSize(1);
            assertThat(skipped.get(0).get("id").asText()).isEqualTo("captain");
            assertThat(skipped.get(0).get("file").asText()).endsWith("captain.yaml");
            assertThat(skipped.get(0).get("reason").asText()).contains("No suite for persona 'captain'")
                    .contains("personagym.generator");
        }

        @Test
        void aSuiteMadeForAnotherVersionOfThePersonaIsReportedNotUsed() throws Exception {
            Path suite = suites.resolve("captain.suite.yaml");
            Files.writeString(suite, Files.readString(suite).replaceFirst("persona-hash: \\S+", "persona-hash: 0bad"));

            EngineExecutionResults results = kit(services, suites, reports)
                    .selectors(selectClass(Fixtures.InCharacter.class)).execute();

            results.containerEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(message(m ->
                    m.contains("Persona 'captain' changed since its suite") && m.contains("set persona-hash in the suite file to ")
                            && m.contains("personagym.suite.regenerate")))));
            results.testEvents().assertStatistics(stats -> stats.started(0));
        }

        @Test
        void aClassWithoutAnAgentMethodFailsWithWhatToAdd() {
            Events containers = kit(services, suites, reports).selectors(selectClass(Fixtures.NoAgentMethod.class))
                    .execute().containerEvents();

            containers.assertThatEvents().haveExactly(1, event(finishedWithFailure(message(m ->
                    m.contains("must have exactly one @Agent method") && m.contains("@Agent static PersonaAgent")))));
        }

        @Test
        void withoutABaselineTheRegressionCheckIsSkippedWithTheCommandToMakeOne() {
            Events tests = kit(services, suites, reports).selectors(selectClass(Fixtures.InCharacter.class))
                    .execute().testEvents();

            tests.assertThatEvents().haveExactly(1, event(test("check:regression"), skippedWithReason(r ->
                    r.contains("-Dpersonagym.baseline.update=true"))));
        }

        @Test
        void aDropBelowTheBaselineFailsTheRegressionCheckNamingPersonaTaskAndDrop() {
            kit(services, suites, reports).selectors(selectClass(Fixtures.InCharacter.class))
                    .configurationParameter("personagym.baseline.update", "true").execute()
                    .testEvents().assertThatEvents().haveExactly(1, event(test("check:regression"), finishedSuccessfully()));
            assertThat(reports.resolve("baseline.json")).exists();

            Events again = kit(services, suites, reports).selectors(selectClass(Fixtures.InCharacter.class))
                    .execute().testEvents();
            again.assertThatEvents().haveExactly(1, event(test("check:regression"), finishedSuccessfully()));

            Events worse = kit(services, suites, reports).selectors(selectClass(Fixtures.OutOfCharacter.class))
                    .execute().testEvents();
            worse.assertThatEvents().haveExactly(1, event(test("check:regression"), finishedWithFailure(message(m ->
                    m.contains("captain") && m.contains("Linguistic Habits") && m.contains("5.00")
                            && m.contains("1.00")))));
        }

        @Test
        void aPersonaFileWithoutAClassIsPlayedByTheAgentModel() {
            Events tests = kit(services, suites, reports)
                    .selectors(selectClasspathResource("engine/personas/captain.yaml")).execute().testEvents();

            tests.assertStatistics(stats -> stats.started(5).succeeded(5));
        }
    }

    static TestDescriptor find(TestDescriptor root, String lastSegmentValue) {
        return root.getDescendants().stream()
                .filter(d -> d.getUniqueId().getLastSegment().getValue().equals(lastSegmentValue))
                .findFirst().orElseThrow(() -> new AssertionError("no descriptor " + lastSegmentValue));
    }
}
