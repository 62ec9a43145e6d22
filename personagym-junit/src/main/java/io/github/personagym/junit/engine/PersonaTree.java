package io.github.personagym.junit.engine;

import io.github.personagym.run.ClasspathPersonas;
import io.github.personagym.Persona;
import io.github.personagym.benchmark.BenchmarkSuites;
import io.github.personagym.persona.PersonaSelection;
import io.github.personagym.Task;
import io.github.personagym.plan.DriftCheck;
import io.github.personagym.Thresholds;
import io.github.personagym.config.ConfigKeys;
import io.github.personagym.junit.PersonaGymTest;
import io.github.personagym.junit.TaskThreshold;
import io.github.personagym.suite.Suite;
import io.github.personagym.suite.SuiteFileException;
import io.github.personagym.suite.SuiteQuestion;
import io.github.personagym.plan.PersonaTestPlan;
import io.github.personagym.plan.PlanContainer;
import io.github.personagym.plan.PlanNode;
import io.github.personagym.plan.PlannedQuestion;
import io.github.personagym.plan.TestPlans;
import io.github.personagym.plan.ThresholdScales;
import io.github.personagym.persona.PersonaFileException;
import io.github.personagym.run.PersonaFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;

/** Builds the test tree of personas: persona › environment › task › question, and the score checks. */
final class PersonaTree {

    private final PersonaGymEngineDescriptor engine;
    private final DiscoveryIssueReporter issues;
    private final PersonaFiles personaFiles;

    private final PersonaSelection selection;
    private final Optional<io.github.personagym.benchmark.Shard> shard;
    private final java.util.Set<String> selected = new java.util.TreeSet<>();
    private final java.util.Set<String> leftOut = new java.util.TreeSet<>();

    PersonaTree(PersonaGymEngineDescriptor engine, DiscoveryIssueReporter issues) {
        this.engine = engine;
        this.selection = PersonaSelection.from(engine.configuration());
        this.shard = io.github.personagym.benchmark.Shard.from(engine.configuration());
        this.issues = issues;
        this.personaFiles = engine.files();
    }

    static boolean isPersonaFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".yaml") || name.endsWith(".yml")) && !name.contains(".suite.");
    }

    /** A file under the working directory is named by its relative path, so its ids are the same in any checkout. */
    UniqueId fileId(UniqueId parent, Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return parent.append(Segments.PERSONA_FILE,
                (absolute.startsWith(here) ? here.relativize(absolute) : absolute).toString().replace('\\', '/'));
    }

    UniqueId resourceId(UniqueId parent, String resource) {
        return parent.append(Segments.PERSONA_RESOURCE, resource.startsWith("/") ? resource.substring(1) : resource);
    }

    /**
     * Adds the personas of a root: every persona file of a {@code @PersonaGymTest} class, or the one persona file a
     * file, folder or classpath-resource selector named.
     */
    void fill(TestDescriptor root) {
        if (root instanceof TestClassDescriptor testClass) {
            fillClass(testClass);
            return;
        }
        UniqueId.Segment segment = root.getUniqueId().getLastSegment();
        if (Segments.BENCHMARK.equals(segment.getType())) {
            fillBenchmark(root, Path.of(segment.getValue()));
            return;
        }
        addPersona(root, Segments.PERSONA_FILE.equals(segment.getType())
                ? PersonaLocation.ofFile(Path.of(segment.getValue()))
                : PersonaLocation.ofResource(segment.getValue()), null);
    }

    private void fillBenchmark(TestDescriptor root, Path folder) {
        fillBenchmark(root, () -> BenchmarkSuites.load(folder, engine.configuration()), folder.toString(), null);
    }

    /** Adds the benchmark's chosen personas under {@code root}; a benchmark that cannot be read fails the root's one test. */
    private void fillBenchmark(TestDescriptor root, java.util.function.Supplier<BenchmarkSuites> load, String where,
                               PersonaGymTest annotation) {
        BenchmarkSuites benchmark;
        try {
            benchmark = load.get();
        } catch (RuntimeException e) {
            broken(root, root.getUniqueId().append(Segments.PERSONA, "benchmark"), "benchmark", where + ": "
                    + e.getMessage(), root.getSource().orElse(null));
            return;
        }
        sayOnce("[personagym] " + benchmark.selection());
        for (var problem : benchmark.problems()) {
            String name = problem.file().getFileName().toString();
            broken(root, root.getUniqueId().append(Segments.PERSONA_FILE, name), name, problem.message(),
                    PersonaLocation.ofFile(problem.file()).source(1));
        }
        for (BenchmarkSuites.Entry entry : benchmark.personas()) {
            Persona persona = entry.persona();
            if (leftOut(persona.id())) {
                continue;
            }
            PersonaLocation location = PersonaLocation.ofFile(entry.file());
            List<Task> tasks = engine.services().tasks().select(List.of());
            Thresholds thresholds;
            try {
                thresholds = thresholds(persona, location, annotation, root, tasks);
            } catch (ThresholdScales.OffScaleThreshold e) {
                broken(root, root.getUniqueId().append(Segments.PERSONA, persona.id()), persona.id(), e.getMessage(),
                        location.source(e.line()));
                continue;
            } catch (RuntimeException e) {
                broken(root, root.getUniqueId().append(Segments.PERSONA, persona.id()), persona.id(),
                        location.display() + ": " + e.getMessage(), location.source(1));
                continue;
            }
            var descriptor = new PersonaDescriptor(root.getUniqueId().append(Segments.PERSONA, persona.id()), persona,
                    location, tasks, thresholds, Optional.of(entry.suite()), Optional.empty(), location.source(1));
            root.addChild(descriptor);
            addChecks(descriptor);
            addQuestions(descriptor, entry.suite());
        }
    }

    private void fillClass(TestClassDescriptor descriptor) {
        if (engine.configuration().get(ConfigKeys.BENCHMARK_DIR).isPresent()) {
            // personagym.benchmark.dir: the class's agent plays the benchmark's personas instead of its persona files
            // the annotation's thresholds hold; its tasks do not (the benchmark asks all five tasks' questions)
            fillBenchmark(descriptor, () -> BenchmarkSuites.configured(engine.configuration()).orElseThrow(),
                    ConfigKeys.BENCHMARK_DIR, descriptor.annotation());
            return;
        }
        PersonaGymTest annotation = descriptor.annotation();
        var classpath = new ClasspathPersonas(descriptor.testClass().getClassLoader());
        Set<String> found = new LinkedHashSet<>();
        for (String pattern : annotation.personas()) {
            List<String> matches = classpath.resolve(pattern);
            if (matches.isEmpty()) {
                String message = "No persona file on the classpath matches '" + pattern + "' (from @PersonaGymTest of "
                        + descriptor.testClass().getName() + "). Put the file under src/test/resources/ and give "
                        + "its path relative to that folder, e.g. personas/captain.yaml or personas/*.yaml.";
                broken(descriptor, descriptor.getUniqueId().append(Segments.PERSONA_RESOURCE, pattern), pattern,
                        message, descriptor.getSource().orElse(null));
            }
            matches.stream().filter(resource -> isPersonaFile(Path.of(resource))).forEach(found::add);
        }
        for (String resource : found) {
            addPersona(descriptor, PersonaLocation.ofResource(resource), annotation);
        }
    }

    /** The root of a persona file run on its own, found on disk; {@link #fill} adds its persona. */
    TestDescriptor fileRoot(UniqueId parent, Path file) {
        return standalone(fileId(parent, file), PersonaLocation.ofFile(file));
    }

    /** The root of a persona file run on its own, found on the classpath; {@link #fill} adds its persona. */
    TestDescriptor resourceRoot(UniqueId parent, String resource) {
        return standalone(resourceId(parent, resource), PersonaLocation.ofResource(resource));
    }

    /**
     * The root of a folder of the PersonaGym benchmark's question files (one JSON file per persona), run as it is
     * published: {@link #fill} adds the personas that {@code personagym.benchmark.personas} and
     * {@code personagym.shard} choose, each with its saved questions as its suite.
     */
    TestDescriptor benchmarkRoot(UniqueId parent, Path folder) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = folder.toAbsolutePath().normalize();
        UniqueId id = parent.append(Segments.BENCHMARK,
                (absolute.startsWith(here) ? here.relativize(absolute) : absolute).toString().replace('\\', '/'));
        return new NodeDescriptor(id, absolute.getFileName() + " (PersonaGym benchmark, " + absolute + ")",
                org.junit.platform.engine.support.descriptor.DirectorySource.from(absolute.toFile()));
    }

    private static TestDescriptor standalone(UniqueId id, PersonaLocation location) {
        return new NodeDescriptor(id, location.fileStem() + " (" + location + ")", location.source(1));
    }

    private void addPersona(TestDescriptor parent, PersonaLocation location, PersonaGymTest annotation) {
        Persona persona;
        try {
            persona = personaFiles.load(location);
        } catch (PersonaFileException e) {
            if (leftOut(location.fileStem())) {
                return;
            }
            broken(parent, parent.getUniqueId().append(Segments.PERSONA, location.fileStem()),
                    location.fileStem(), e.getMessage(), location.source(e.firstLine()));
            return;
        } catch (RuntimeException e) {
            if (leftOut(location.fileStem())) {
                return;
            }
            broken(parent, parent.getUniqueId().append(Segments.PERSONA, location.fileStem()),
                    location.fileStem(), e.getMessage(), location.source(0));
            return;
        }
        if (leftOut(persona.id())) {
            return;
        }
        List<Task> tasks;
        Thresholds thresholds;
        try {
            tasks = engine.services().tasks().select(taskNames(persona, annotation));
            thresholds = thresholds(persona, location, annotation, parent, tasks);
        } catch (ThresholdScales.OffScaleThreshold e) {
            broken(parent, parent.getUniqueId().append(Segments.PERSONA, persona.id()), persona.id(), e.getMessage(),
                    location.source(e.line()));
            return;
        } catch (RuntimeException e) {
            broken(parent, parent.getUniqueId().append(Segments.PERSONA, persona.id()), persona.id(),
                    location.display() + ": " + e.getMessage(), location.source(1));
            return;
        }
        PersonaFiles.PersonaSuite suite;
        try {
            suite = personaFiles.suite(persona, location);
        } catch (SuiteFileException e) {
            broken(parent, parent.getUniqueId().append(Segments.PERSONA, persona.id()), persona.id(),
                    e.getMessage(), PersonaLocation.ofFile(e.file()).source(e.line()));
            return;
        } catch (RuntimeException e) {
            broken(parent, parent.getUniqueId().append(Segments.PERSONA, persona.id()), persona.id(),
                    "The suite of persona '" + persona.id() + "' cannot be read: " + e.getMessage(), location.source(1));
            return;
        }
        Optional<String> unknownTask = questionOfAnUnknownTask(persona, tasks, suite);
        if (unknownTask.isPresent()) {
            broken(parent, parent.getUniqueId().append(Segments.PERSONA, persona.id()), persona.id(), unknownTask.get(),
                    suite.suite().flatMap(Suite::file).map(f -> PersonaLocation.ofFile(f).source(1))
                            .orElse(location.source(1)));
            return;
        }
        suite.stale().ifPresent(why -> issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING, why)
                .source(location.source(1))));
        UniqueId id = parent.getUniqueId().append(Segments.PERSONA, persona.id());
        if (parent.getChildren().stream().anyMatch(child -> child.getUniqueId().equals(id))) {
            broken(parent, parent.getUniqueId().append(Segments.PERSONA_RESOURCE, location.toString()), persona.id(),
                    location.display() + ": the persona id '" + persona.id() + "' is already used by another file of this "
                            + "class; give each persona file its own 'id:' (ids name tests, suites and baselines)",
                    location.source(1));
            return;
        }
        var descriptor = new PersonaDescriptor(id, persona,
                location, tasks, thresholds, suite.suite(), suite.stale(), location.source(1));
        parent.addChild(descriptor);
        addChecks(descriptor);
        descriptor.suite().ifPresent(s -> addQuestions(descriptor, s));
    }

    /**
     * A suite question whose task is not a known task is a typo in a hand-edited suite: the persona fails with the
     * file, line and nearest task, rather than run without the question.
     */
    private Optional<String> questionOfAnUnknownTask(Persona persona, List<Task> tasks, PersonaFiles.PersonaSuite suite) {
        if (suite.suite().isEmpty()) {
            return Optional.empty();
        }
        Suite s = suite.suite().get();
        List<String> known = engine.services().tasks().all().stream().map(Task::name).toList();
        return s.questions().stream().filter(q -> engine.services().tasks().find(q.task()).isEmpty()).findFirst()
                .map(q -> s.file().map(f -> f + ":" + q.line() + ": ").orElse("") + "question '" + q.key()
                        + "' of the suite of persona '" + persona.id() + "' is for task '" + q.task()
                        + "', which is not a known task" + io.github.personagym.persona.NearestKey.suggest(q.task(), known)
                        .map(t -> "; did you mean '" + t + "'?").orElse(". Known tasks: " + String.join(", ", known))
                        + " Correct the task in the suite file, or regenerate it (-Dpersonagym.suite.regenerate=true).");
    }

    private List<String> taskNames(Persona persona, PersonaGymTest annotation) {
        if (!persona.tasks().isEmpty() || annotation == null) {
            return persona.tasks();
        }
        return Arrays.asList(annotation.tasks());
    }

    /** Lines said at discovery, which a build tool may ask for more than once in one JVM: each is said once. */
    private static final java.util.Set<String> SAID = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** For tests that look for a discovery line after another test may have said it. */
    static void forgetSaidLines() {
        SAID.clear();
    }

    private static void sayOnce(String line) {
        if (SAID.add(line)) {
            System.out.println(line);
        }
    }

    /** Whether {@value ConfigKeys#PERSONAS} leaves this persona out; remembers the answer for the run's line. */
    private boolean leftOut(String id) {
        if (shard.isPresent() && !shard.get().contains(id)) {
            return true; // another shard's persona (personagym.shard): not left out by the selection, not counted
        }
        if (selection.selects(id)) {
            selected.add(id);
            return false;
        }
        leftOut.add(id);
        return true;
    }

    /** One line when {@value ConfigKeys#PERSONAS} left personas out, so that a smaller run never looks complete. */
    void reportSelection() {
        if (!selection.isAll() && selected.isEmpty() && !leftOut.isEmpty()) {
            String first = selection.describe().substring(selection.describe().indexOf('=') + 1).split(",")[0].strip();
            sayOnce("[personagym] WARNING " + selection.describe() + " matches none of the " + leftOut.size()
                    + " personas of this run" + io.github.personagym.persona.NearestKey.suggest(first, leftOut)
                    .map(id -> " (did you mean " + id + "?)").orElse(" (they are " + String.join(", ", leftOut) + ")")
                    + ": nothing is evaluated");
            return;
        }
        if (!selection.isAll()) {
            sayOnce("[personagym] " + selection.describe() + ": " + selected.size() + " of "
                    + (selected.size() + leftOut.size()) + " personas selected" + (leftOut.isEmpty() ? ""
                    : " (left out: " + String.join(", ", leftOut) + ")"));
        }
    }

    /** The class loader a persona below {@code parent} was read with: its test class's, else none (the thread's). */
    private static ClassLoader loaderOf(TestDescriptor parent) {
        return parent instanceof TestClassDescriptor owner ? owner.testClass().getClassLoader() : null;
    }

    /**
     * The file's and the annotation's thresholds: the stricter of the two holds, and a line says so when both set
     * one and they differ; {@value ConfigKeys#MIN_PERSONA_SCORE} applies when neither sets a PersonaScore threshold.
     */
    private Thresholds thresholds(Persona persona, PersonaLocation location, PersonaGymTest annotation,
                                  TestDescriptor parent, List<Task> tasks) {
        var catalog = engine.services().tasks();
        Thresholds fromFile = catalog.canonical(persona.thresholds());
        ThresholdScales.checkPersonaFile(persona, fromFile, tasks, location.display(),
                task -> catalog.keyFor(persona.thresholds(), task), loaderOf(parent));
        Thresholds fromAnnotation = annotationThresholds(annotation);
        ThresholdScales.check(fromAnnotation, tasks, task -> "@TaskThreshold(task = \"" + task + "\", min = ...)");
        Thresholds applied = fromFile.stricter(fromAnnotation);
        if (fromFile.personaScore().isPresent() && fromAnnotation.personaScore().isPresent()
                && fromFile.personaScore().getAsDouble() != fromAnnotation.personaScore().getAsDouble()) {
            sayOnce(String.format(java.util.Locale.ROOT, "[personagym] %s: PersonaScore threshold %.2f "
                    + "in %s and %.2f in @PersonaGymTest(minPersonaScore) of %s; the stricter, %.2f, applies",
                    persona.id(), fromFile.personaScore().getAsDouble(), location.display(),
                    fromAnnotation.personaScore().getAsDouble(), parent instanceof TestClassDescriptor owner
                            ? owner.testClass().getSimpleName() : "the test class",
                    applied.personaScore().getAsDouble()));
        }
        OptionalDouble configured = engine.configuration().get(ConfigKeys.MIN_PERSONA_SCORE)
                .map(v -> OptionalDouble.of(score(v, ConfigKeys.MIN_PERSONA_SCORE))).orElse(OptionalDouble.empty());
        return applied.orElse(new Thresholds(configured, Map.of()));
    }

    private Thresholds annotationThresholds(PersonaGymTest annotation) {
        if (annotation == null) {
            return Thresholds.NONE;
        }
        Map<String, Double> tasks = new LinkedHashMap<>();
        for (TaskThreshold threshold : annotation.taskThresholds()) {
            tasks.put(engine.services().tasks().require(threshold.task()).name(), threshold.min());
        }
        OptionalDouble personaScore = annotation.minPersonaScore() == PersonaGymTest.UNSET ? OptionalDouble.empty()
                : OptionalDouble.of(inRange(annotation.minPersonaScore(), "@PersonaGymTest(minPersonaScore = ...)"));
        return new Thresholds(personaScore, tasks);
    }

    private static double inRange(double value, String where) {
        if (value < io.github.personagym.Task.MIN_SCORE || value > io.github.personagym.Task.MAX_SCORE
                || Double.isNaN(value)) {
            throw new IllegalArgumentException(where + " is " + value + ", but a threshold is a score from 1 to 5, "
                    + "as in persona files; set a value from 1 to 5");
        }
        return value;
    }

    private static double score(String value, String key) {
        try {
            return inRange(Double.parseDouble(value.trim()), key);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a score from 1 to 5, got '" + value + "'", e);
        }
    }

    /** The persona's checks as its test plan has them (the plan the Jupiter extension runs too). */
    private void addChecks(PersonaDescriptor persona) {
        TestPlans.checks(persona.persona(), persona.tasks(), persona.thresholds(),
                        engine.configuration().getBoolean(ConfigKeys.MUTANTS, false),
                        DriftCheck.maxDrop(engine.configuration()))
                .forEach(check -> persona.addChild(new CheckDescriptor(persona, check)));
    }

    /**
     * Adds the environment › task › question nodes of the persona's test plan for {@code suite}, before its checks;
     * returns the nodes added, parents first.
     */
    static List<TestDescriptor> addQuestions(PersonaDescriptor persona, Suite suite) {
        Map<String, SuiteQuestion> byKey = new HashMap<>();
        suite.questions().forEach(question -> byKey.putIfAbsent(question.key(), question));
        PersonaTestPlan plan = TestPlans.of(persona.persona(), persona.tasks(), suite, persona.thresholds(), false);
        List<TestDescriptor> added = new ArrayList<>();
        List<TestDescriptor> checks = List.copyOf(persona.getChildren());
        checks.forEach(persona::removeChild);
        for (PlanNode node : plan.nodes()) {
            if (node instanceof PlanContainer environment) {
                persona.addChild(descriptor(persona.getUniqueId(), environment, suite, byKey, added));
            }
        }
        checks.forEach(persona::addChild);
        return added;
    }

    /** The descriptor of a node of the plan, with its children, below {@code parent}; each one made is added to {@code added}. */
    private static TestDescriptor descriptor(UniqueId parent, PlanNode node, Suite suite, Map<String, SuiteQuestion> byKey,
                                             List<TestDescriptor> added) {
        UniqueId id = parent.append(node.key().type(), node.key().value());
        if (node instanceof PlannedQuestion question) {
            SuiteQuestion asked = byKey.get(question.questionKey());
            TestDescriptor descriptor = new QuestionDescriptor(id, question, asked, suiteSource(suite, asked));
            added.add(descriptor);
            return descriptor;
        }
        PlanContainer container = (PlanContainer) node;
        NodeDescriptor descriptor = new NodeDescriptor(id, container.displayName(), null);
        added.add(descriptor);
        container.children().forEach(child -> descriptor.addChild(descriptor(id, child, suite, byKey, added)));
        return descriptor;
    }

    private static TestSource suiteSource(Suite suite, SuiteQuestion question) {
        return suite.file().map(file -> PersonaLocation.ofFile(file).source(question.line())).orElse(null);
    }

    /** A broken persona is one failing test with the file, line and fix: reported once, never also as an issue. */
    private void broken(TestDescriptor parent, UniqueId id, String name, String message, TestSource source) {
        parent.addChild(new BrokenPersonaDescriptor(id, name + " (broken)", message, source));
    }
}
