package io.github.personagym.junit.engine;

import static io.github.personagym.junit.engine.EngineTestSupport.kit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.github.personagym.suite.Suite;
import io.github.personagym.suite.SuiteFile;
import io.github.personagym.suite.SuiteQuestion;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The run-level slices check through the engine: eight personas of {@code slices}, four per region, played by
 * an agent that serves the north better (scripted agent and judge): north 5, 5, 5, 4; south 3, 3, 3, 4.
 */
class SliceCheckTest {

    private static final String NAME = "Slices \u203A region: no flagged gap above ";

    @TempDir
    Path suites;
    @TempDir
    Path reports;
    final ScriptedServices services = new ScriptedServices();

    @BeforeEach
    void writeSuites() {
        Stream.concat(Stream.of("drifter"), Stream.of("north", "south").flatMap(region -> Stream.of(1, 2, 3, 4)
                .map(i -> region + "-" + i))).forEach(id -> SuiteFile.write(new Suite(id,
                EngineTestSupport.hash("slices/" + id + ".yaml"), "hand-written (test fixture)",
                List.of("Harbour Pub"), List.of(
                        new SuiteQuestion("expected-action-1", "Expected Action", "Harbour Pub",
                                "A storm closes the harbour. What do you do?", Optional.empty(), 0),
                        new SuiteQuestion("linguistic-habits-1", "Linguistic Habits", "Harbour Pub",
                                "Greet the crew.", Optional.empty(), 0)), Optional.empty()),
                SuiteFile.pathFor(suites, id)));
    }

    @Test
    void aFlaggedGapAboveTheMaximumFailsTheBuildNamingAttributeGroupsScoresIntervalsAndTheKey() {
        EngineExecutionResults results;
        try (ConsoleCapture console = ConsoleCapture.start()) {
            results = sliced("1.0", "4").execute();
            assertThat(console.linesWith("FAILED region: north 4.75 [")).singleElement().asString()
                    .contains("vs south 3.25 [", "gap 1.50", "excludes 0, above personagym.slices.max-gap=1.00");
            assertThat(console.linesWith("region: not given by 1 persona (drifter)")).hasSize(1);
        }

        results.testEvents().assertThatEvents().haveExactly(1, event(test(), displayName(NAME + "1.00"),
                finishedWithFailure(message(m -> m.startsWith("Slices by 'region': the agent does not serve these "
                        + "groups alike.\n  north 4.75 [") && m.contains("(4 personas) vs south 3.25 [")
                        && m.contains("gap 1.50, difference interval [") && m.contains("at 95% excludes 0, above "
                        + "personagym.slices.max-gap=1.00") && m.contains("north: north-1, north-2, north-3, north-4")
                        && m.contains("or raise personagym.slices.max-gap")))));
    }

    @Test
    void aFlaggedGapBelowTheMaximumPasses() {
        EngineExecutionResults results = sliced("2.0", "4").execute();

        results.testEvents().assertThatEvents().haveExactly(1, event(test(), displayName(NAME + "2.00"),
                finishedSuccessfully()));
        results.testEvents().assertStatistics(stats -> stats.failed(0));
    }

    @Test
    void groupsTooSmallSkipTheCheckAndSayItInOneLine() {
        EngineExecutionResults results;
        try (ConsoleCapture console = ConsoleCapture.start()) {
            results = sliced("0.1", "5").execute();
            assertThat(console.linesWith("Slices by 'region': groups too small to compare")).singleElement().asString()
                    .contains("(north 4, south 4; two groups of 5 scored personas or more are needed): no gap is "
                            + "flagged", "lower personagym.slices.min-group");
            assertThat(console.lines()).noneMatch(line -> line.contains("FLAGGED") || line.contains("FAILED region"));
        }

        results.testEvents().assertThatEvents().haveExactly(1, event(test(), displayName(NAME + "0.10"),
                skippedWithReason(reason -> reason.startsWith("Slices by 'region': groups too small to compare"))));
        results.testEvents().assertStatistics(stats -> stats.failed(0));
    }

    @Test
    void withoutAMaximumThereIsNoSliceTestAndWithOneItIsTheLastTestOfTheLastClass() {
        TestDescriptor engine = kit(services, suites, reports).selectors(selectClass(Fixtures.ServesTheNorthBetter.class))
                .configurationParameter("personagym.slices", "region").discover().getEngineDescriptor();
        assertThat(engine.getDescendants()).noneMatch(SliceCheckDescriptor.class::isInstance);

        TestDescriptor withMaximum = sliced("1.0", "4").discover().getEngineDescriptor();
        TestDescriptor testClass = withMaximum.getChildren().iterator().next();
        assertThat(List.copyOf(testClass.getChildren())).last().satisfies(check -> {
            assertThat(check.getDisplayName()).isEqualTo(NAME + "1.00");
            assertThat(check.getUniqueId().toString()).isEqualTo("[engine:personagym]/[class:"
                    + Fixtures.ServesTheNorthBetter.class.getName() + "]/[slices:region]");
        });
    }

    @Test
    void sliceSettingsThatCannotBeReadAreADiscoveryErrorSayingWhatTheyTake() {
        var issues = sliced("1.0", "1").discover().getDiscoveryIssues();

        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(org.junit.platform.engine.DiscoveryIssue.Severity.ERROR);
            assertThat(issue.message()).isEqualTo("personagym.slices.min-group must be at least 2 (a group of one "
                    + "persona has no interval), got 1");
        });
    }

    private EngineTestKit.Builder sliced(String maxGap, String minGroup) {
        return kit(services, suites, reports).selectors(selectClass(Fixtures.ServesTheNorthBetter.class))
                .configurationParameter("personagym.slices", "region")
                .configurationParameter("personagym.slices.max-gap", maxGap)
                .configurationParameter("personagym.slices.min-group", minGroup);
    }
}
