package io.github.personagym.junit.engine;

import static io.github.personagym.junit.engine.EngineTestSupport.kit;
import static io.github.personagym.junit.engine.PersonaGymTestEngineTest.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;

/** How each selector resolves: by class, by persona file or folder, and any node by its unique id, level by level. */
class DiscoveryResolversTest {

    private static final UniqueId ENGINE = UniqueId.forEngine(PersonaGymTestEngine.ENGINE_ID);
    private static final UniqueId CAPTAIN = ENGINE.append(Segments.CLASS, Fixtures.InCharacter.class.getName())
            .append(Segments.PERSONA, "captain");

    @TempDir
    Path suites;
    @TempDir
    Path reports;
    final ScriptedServices services = new ScriptedServices();

    @BeforeEach
    void writeSuites() {
        EngineTestSupport.writeSuites(suites);
    }

    private EngineDiscoveryResults discover(DiscoverySelector... selectors) {
        return kit(services, suites, reports).selectors(selectors).discover();
    }

    private static List<String> ids(TestDescriptor root) {
        return root.getDescendants().stream().map(d -> d.getUniqueId().toString()).toList();
    }

    @Test
    void aQuestionsUniqueIdAddsOnlyTheNodesOnTheWayToIt() {
        UniqueId environment = CAPTAIN.append(Segments.ENVIRONMENT, "Camping Trip");
        UniqueId task = environment.append(Segments.TASK, "Linguistic Habits");
        UniqueId question = task.append(Segments.QUESTION, "linguistic-habits-2");

        TestDescriptor engine = discover(selectUniqueId(question)).getEngineDescriptor();

        assertThat(ids(engine)).containsExactlyInAnyOrder(CAPTAIN.removeLastSegment().toString(), CAPTAIN.toString(),
                environment.toString(), task.toString(), question.toString());
    }

    @Test
    void aPersonasUniqueIdBringsInAllItsTestsAsItsClassDoes() {
        TestDescriptor byClass = discover(selectClass(Fixtures.InCharacter.class)).getEngineDescriptor();

        TestDescriptor byPersona = discover(selectUniqueId(CAPTAIN)).getEngineDescriptor();

        assertThat(ids(byPersona)).containsExactlyElementsOf(ids(byClass));
    }

    @Test
    void anEnvironmentsUniqueIdBringsInItsTasksAndQuestionsOnly() {
        UniqueId wedding = CAPTAIN.append(Segments.ENVIRONMENT, "Wedding");

        TestDescriptor engine = discover(selectUniqueId(wedding)).getEngineDescriptor();

        assertThat(engine.getDescendants().stream().filter(TestDescriptor::isTest)).extracting(TestDescriptor::getUniqueId)
                .containsExactly(wedding.append(Segments.TASK, "Expected Action")
                                .append(Segments.QUESTION, "expected-action-1"),
                        wedding.append(Segments.TASK, "Linguistic Habits").append(Segments.QUESTION, "linguistic-habits-1"));
    }

    @Test
    void aCheckSelectedBeforeAQuestionStillRunsAfterIt() {
        UniqueId check = CAPTAIN.append(Segments.CHECK, "persona-score");
        UniqueId question = CAPTAIN.append(Segments.ENVIRONMENT, "Wedding").append(Segments.TASK, "Expected Action")
                .append(Segments.QUESTION, "expected-action-1");

        TestDescriptor engine = discover(selectUniqueId(check), selectUniqueId(question)).getEngineDescriptor();

        assertThat(find(engine, "captain").getChildren()).extracting(d -> d.getUniqueId().getLastSegment().getType())
                .containsExactly(Segments.ENVIRONMENT, Segments.CHECK);
    }

    @Test
    void aClassSelectedWholeAndOneOfItsQuestionsGivesTheWholeClassOnceInEitherOrder() {
        List<String> whole = ids(discover(selectClass(Fixtures.InCharacter.class)).getEngineDescriptor());
        UniqueId question = CAPTAIN.append(Segments.ENVIRONMENT, "Wedding").append(Segments.TASK, "Expected Action")
                .append(Segments.QUESTION, "expected-action-1");

        TestDescriptor questionFirst = discover(selectUniqueId(question), selectClass(Fixtures.InCharacter.class))
                .getEngineDescriptor();
        TestDescriptor classFirst = discover(selectClass(Fixtures.InCharacter.class), selectUniqueId(question))
                .getEngineDescriptor();

        assertThat(ids(classFirst)).containsExactlyElementsOf(whole);
        assertThat(ids(questionFirst)).containsExactlyInAnyOrderElementsOf(whole);
    }

    @Test
    void aQuestionsUniqueIdResolvesBelowAnEngineRunInsideASuite() {
        UniqueId inSuite = UniqueId.forEngine("junit-platform-suite").append("suite", "com.example.PersonaSuite")
                .append("engine", PersonaGymTestEngine.ENGINE_ID);
        UniqueId question = inSuite.append(Segments.CLASS, Fixtures.InCharacter.class.getName())
                .append(Segments.PERSONA, "captain").append(Segments.ENVIRONMENT, "Wedding")
                .append(Segments.TASK, "Expected Action").append(Segments.QUESTION, "expected-action-1");
        var request = LauncherDiscoveryRequestBuilder.request().selectors(selectUniqueId(question))
                .configurationParameter("personagym.suite.dir", suites.toString()).build();

        TestDescriptor engine = new PersonaGymTestEngine(configuration -> services).discover(request, inSuite);

        assertThat(engine.getDescendants().stream().filter(TestDescriptor::isTest))
                .extracting(TestDescriptor::getUniqueId).containsExactly(question);
    }

    @Test
    void aPersonaFileNamedByItsFolderAndByItselfIsOneRoot() {
        Path folder = EngineTestSupport.resources().resolve("engine/personas");

        TestDescriptor engine = discover(selectFile(folder.resolve("captain.yaml").toFile()),
                selectDirectory(folder.toFile())).getEngineDescriptor();

        assertThat(engine.getChildren()).extracting(root -> root.getUniqueId().getLastSegment().getValue())
                .containsExactly("src/test/resources/engine/personas/captain.yaml",
                        "src/test/resources/engine/personas/nurse.yaml");
    }

    @Test
    void aFolderWithoutPersonaFilesSelectsNothing(@TempDir Path empty) {
        EngineDiscoveryResults results = discover(selectDirectory(empty.toFile()));

        assertThat(results.getEngineDescriptor().getChildren()).isEmpty();
        assertThat(results.getDiscoveryIssues()).isEmpty();
    }

    @Test
    void theUniqueIdOfABrokenPersonaFileResolvesToItsFailingTest() {
        UniqueId broken = ENGINE.append(Segments.PERSONA_FILE, "src/test/resources/engine/broken/broken.yaml")
                .append(Segments.PERSONA, "broken");

        TestDescriptor engine = discover(selectUniqueId(broken)).getEngineDescriptor();

        assertThat(engine.getDescendants()).filteredOn(TestDescriptor::isTest).singleElement()
                .isInstanceOfSatisfying(BrokenPersonaDescriptor.class,
                        test -> assertThat(test.message()).contains("broken.yaml", ":4"));
    }

    @Test
    void packageAndClasspathRootSelectorsFindClassesButNoPersonaFileOnItsOwn() {
        TestDescriptor byPackage = discover(selectPackage("engine")).getEngineDescriptor();
        TestDescriptor byRoot = discover(selectClasspathRoots(Set.of(Path.of("target/test-classes"))).get(0))
                .getEngineDescriptor();

        assertThat(byPackage.getChildren()).as("the folder engine/ holds persona files, no classes").isEmpty();
        assertThat(byRoot.getChildren()).isNotEmpty().allMatch(TestClassDescriptor.class::isInstance);
    }

    /** The platform itself reports an unresolved unique id as an error; the warning says why it is unresolved. */
    @Test
    void aUniqueIdOfAMissingClassOrAnUnknownKindIsAWarningSayingWhy() {
        UniqueId gone = ENGINE.append(Segments.CLASS, "com.example.Gone").append(Segments.PERSONA, "captain");
        UniqueId spreadsheet = ENGINE.append("spreadsheet", "personas.xlsx");

        EngineDiscoveryResults results = discover(selectUniqueId(gone), selectUniqueId(spreadsheet));

        assertThat(results.getEngineDescriptor().getChildren()).isEmpty();
        assertThat(results.getDiscoveryIssues()).filteredOn(issue -> issue.severity() == DiscoveryIssue.Severity.WARNING)
                .extracting(DiscoveryIssue::message).containsExactly(
                        "PersonaGym cannot resolve unique id " + gone.removeLastSegment()
                                + ": no @PersonaGymTest class com.example.Gone",
                        "PersonaGym cannot resolve unique id " + spreadsheet + ": unknown segment type 'spreadsheet'");
        assertThat(results.getDiscoveryIssues()).filteredOn(issue -> issue.severity() == DiscoveryIssue.Severity.ERROR)
                .extracting(DiscoveryIssue::message).allMatch(message -> message.contains("could not be resolved"))
                .hasSize(2);
    }

    @Test
    void aQuestionNoLongerInTheSuiteIsReportedUnresolved() {
        UniqueId renamed = CAPTAIN.append(Segments.ENVIRONMENT, "Wedding").append(Segments.TASK, "Expected Action")
                .append(Segments.QUESTION, "expected-action-9");

        EngineDiscoveryResults results = discover(selectUniqueId(renamed));

        assertThat(results.getEngineDescriptor().getDescendants()).noneMatch(TestDescriptor::isTest);
        assertThat(results.getDiscoveryIssues()).extracting(DiscoveryIssue::message)
                .anySatisfy(message -> assertThat(message).contains("expected-action-9", "could not be resolved"));
    }
}
