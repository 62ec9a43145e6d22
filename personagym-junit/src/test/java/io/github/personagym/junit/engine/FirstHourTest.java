package io.github.personagym.junit.engine;

import static io.github.personagym.junit.engine.EngineTestSupport.kit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.github.personagym.PersonaAgent;
import io.github.personagym.junit.Agent;
import io.github.personagym.junit.PersonaGymTest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** What a new user meets in the first hour, through the engine with the console captured (issue 13). */
class FirstHourTest {

    @TempDir
    Path suites;
    @TempDir
    Path reports;
    private final ScriptedServices services = new ScriptedServices();

    @PersonaGymTest(personas = "engine/personas/*.yaml", minPersonaScore = 7)
    static class ThresholdOutOfRange {
        @Agent
        static PersonaAgent agent() {
            return question -> "Aye.";
        }
    }

    @PersonaGymTest(personas = "firsthour/strict-captain.yaml", minPersonaScore = 4.0)
    static class StricterAnnotation {
        @Agent
        static PersonaAgent agent() {
            return question -> "Aye.";
        }
    }

    @BeforeEach
    void writeSuites() {
        EngineTestSupport.writeSuites(suites);
        PersonaTree.forgetSaidLines();
    }

    @Test
    void personagymPersonasRunsTheSelectedPersonasAndSaysWhichWereLeftOut() {
        EngineExecutionResults results;
        List<String> said;
        try (ConsoleCapture console = ConsoleCapture.start()) {
            results = kit(services, suites, reports).configurationParameter("personagym.personas", "cap*")
                    .selectors(selectClass(Fixtures.AllPersonas.class)).execute();
            said = console.linesWith("personagym.personas");
        }

        assertThat(results.containerEvents().started().stream().map(e -> e.getTestDescriptor().getDisplayName()))
                .contains("captain").doesNotContain("nurse");
        assertThat(said).containsExactly(
                "[personagym] personagym.personas=cap*: 1 of 2 personas selected (left out: nurse)");
    }

    @Test
    void aSelectionThatMatchesNoPersonaSaysSoWithTheIdMeant() {
        List<String> said;
        try (ConsoleCapture console = ConsoleCapture.start()) {
            kit(services, suites, reports).configurationParameter("personagym.personas", "captian")
                    .selectors(selectClass(Fixtures.AllPersonas.class)).execute();
            said = console.linesWith("personagym.personas");
        }

        assertThat(said).containsExactly("[personagym] WARNING personagym.personas=captian matches none of the 2 "
                + "personas of this run (did you mean captain?): nothing is evaluated");
    }

    @Test
    void anAnnotationThresholdOutsideOneToFiveIsAnErrorNamingTheAnnotation() {
        EngineExecutionResults results = kit(services, suites, reports)
                .selectors(selectClass(ThresholdOutOfRange.class)).execute();

        results.allEvents().assertThatEvents().haveAtLeastOne(event(finishedWithFailure(message(m ->
                m.contains("@PersonaGymTest(minPersonaScore = ...) is 7.0")
                        && m.contains("a threshold is a score from 1 to 5")))));
    }

    @Test
    void whenFileAndAnnotationBothSetAThresholdTheStricterAppliesAndTheRunSaysSo() {
        List<String> said;
        try (ConsoleCapture console = ConsoleCapture.start()) {
            kit(services, suites, reports).selectors(selectClass(StricterAnnotation.class)).execute();
            said = console.linesWith("the stricter");
        }

        assertThat(said).singleElement().asString()
                .startsWith("[personagym] strict-captain: PersonaScore threshold 3.00 in ")
                .as("the persona file as a path a terminal or an IDE opens, not a classpath: name")
                .contains(" in src/test/resources/firsthour/strict-captain.yaml and ").doesNotContain("classpath:")
                .endsWith("and 4.00 in @PersonaGymTest(minPersonaScore) of StricterAnnotation; the stricter, 4.00, "
                        + "applies");
    }

    @Test
    void aMisspeltTaskInASuiteFailsItsPersonaWithTheLineAndTheTaskMeant() throws Exception {
        Path suite = suites.resolve("captain.suite.yaml");
        java.nio.file.Files.writeString(suite, java.nio.file.Files.readString(suite)
                .replaceFirst("task: Expected Action", "task: Expected Actoin"));

        EngineExecutionResults results = kit(services, suites, reports)
                .selectors(selectClass(Fixtures.InCharacter.class)).execute();

        results.allEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(message(m ->
                m.contains("captain.suite.yaml:") && m.contains("'Expected Actoin'")
                        && m.contains("did you mean 'Expected Action'?")))));
        assertThat(results.testEvents().started().count()).as("no question of the persona is asked").isEqualTo(1);
    }
}
