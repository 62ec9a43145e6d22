package io.github.personagym.junit.engine;

import static io.github.personagym.junit.engine.EngineTestSupport.kit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.engine;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.github.personagym.Persona;
import io.github.personagym.Task;
import io.github.personagym.judge.Answer;
import io.github.personagym.judge.Judge;
import io.github.personagym.judge.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** The baseline through the engine: an update during a provider outage, an entry without scores, a failed write. */
class BaselineUpdatesTest {

    /** The scripted judge while its provider is down: every call fails. */
    static final Judge DOWN = new Judge() {
        @Override
        public String id() {
            return ScriptedServices.KEYWORD_JUDGE.id();
        }

        @Override
        public List<Verdict> judge(Persona persona, Task task, List<Answer> answers) {
            return answers.stream().map(a -> Verdict.error(id(), "scripted: HTTP 503 after 4 attempts")).toList();
        }
    };

    @TempDir
    Path suites;
    @TempDir
    Path reports;
    final ScriptedServices services = new ScriptedServices();

    @BeforeEach
    void writeSuites() {
        EngineTestSupport.writeSuites(suites);
    }

    Path baseline() {
        return reports.resolve("baseline.json");
    }

    EngineTestKit.Builder update(Class<?> testClass) {
        return kit(services, suites, reports).selectors(selectClass(testClass))
                .configurationParameter("personagym.baseline.update", "true");
    }

    @Test
    void anUpdateIsWrittenAtTheEndOfTheRunAndTheRunSaysSoInOneLine() {
        try (ConsoleCapture console = ConsoleCapture.start()) {
            update(Fixtures.InCharacter.class).execute().testEvents().assertThatEvents()
                    .haveExactly(1, event(test("check:regression"), finishedSuccessfully()));
            assertThat(console.runLines()).filteredOn(line -> line.contains("baseline")).containsExactly(
                    "[personagym] baseline " + baseline() + ": wrote 1 entry (InCharacter/captain); commit it to gate "
                            + "later runs");
        }
        assertThat(baseline()).exists();
    }

    @Test
    void aBaselineThatCannotBeWrittenFailsTheRunAndTheReportsAreWrittenAnyway() throws Exception {
        Path notAFolder = reports.resolve("not-a-folder");
        Files.writeString(notAFolder, "a file where the baseline's folder should be");

        var results = update(Fixtures.InCharacter.class)
                .configurationParameter("personagym.baseline", notAFolder.resolve("baseline.json").toString())
                .execute();

        results.allEvents().assertThatEvents().haveExactly(1, event(engine(), finishedWithFailure(message(m ->
                m.startsWith("Cannot lock the baseline " + notAFolder.resolve("baseline.json"))))));
        assertThat(reports.resolve("report.json")).exists();
    }

    @Test
    void anUpdateDuringAProviderOutageKeepsTheGoodBaselineSaysSoInOneLineAndTheGateStillCatchesADrop() throws Exception {
        update(Fixtures.InCharacter.class).execute().testEvents().assertThatEvents()
                .haveExactly(1, event(test("check:regression"), finishedSuccessfully()));
        byte[] good = Files.readAllBytes(baseline());

        services.judge = DOWN;
        try (ConsoleCapture console = ConsoleCapture.start()) {
            update(Fixtures.InCharacter.class).execute().testEvents().assertThatEvents().haveExactly(1, event(
                    test("check:regression"), finishedWithFailure(message(m -> m.contains("is not updated")
                            && m.contains("kept as it was")))));
            assertThat(console.runLines()).filteredOn(line -> line.contains("baseline")).singleElement().asString()
                    .startsWith("[personagym] WARNING baseline " + baseline() + ": not updated for InCharacter/captain "
                            + "(no score for Expected Action, Linguistic Habits, PersonaScore)")
                    .endsWith("re-run ./mvnw verify -Dpersonagym.baseline.update=true");
        }
        assertThat(Files.readAllBytes(baseline())).as("the good baseline").isEqualTo(good);

        services.judge = ScriptedServices.KEYWORD_JUDGE;
        kit(services, suites, reports).selectors(selectClass(Fixtures.OutOfCharacter.class)).execute().testEvents()
                .assertThatEvents().haveExactly(1, event(test("check:regression"), finishedWithFailure(message(m ->
                        m.contains("regression against the baseline") && m.contains("Linguistic Habits 5.00")))));
    }

    @Test
    void aBaselineEntryWithoutScoresFailsTheRegressionCheckNamingTheFileAndTheFix() throws Exception {
        Files.writeString(baseline(), """
                { "schemaVersion" : 1, "personas" : { "InCharacter/captain" : {
                  "file" : "classpath:engine/personas/captain.yaml", "judges" : [ "scripted-judge" ],
                  "personaScore" : { "score" : null, "ci" : null },
                  "tasks" : { "Expected Action" : { "score" : null, "ci" : null },
                              "Linguistic Habits" : { "score" : null, "ci" : null } },
                  "questions" : { } } } }
                """);

        Events tests = kit(services, suites, reports).selectors(selectClass(Fixtures.InCharacter.class)).execute()
                .testEvents();

        tests.assertThatEvents().haveExactly(1, event(test("check:regression"), finishedWithFailure(message(m ->
                m.startsWith("captain: cannot be compared with the baseline entry 'InCharacter/captain' in " + baseline())
                        && m.contains("the baseline has no score for Expected Action, Linguistic Habits, PersonaScore")
                        && m.contains("-Dpersonagym.baseline.update=true")))));
    }
}
