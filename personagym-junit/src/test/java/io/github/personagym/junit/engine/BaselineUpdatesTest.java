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

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The baseline through the engine: written at the end of the run, or the run fails saying why not. */
class BaselineUpdatesTest {

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
}
