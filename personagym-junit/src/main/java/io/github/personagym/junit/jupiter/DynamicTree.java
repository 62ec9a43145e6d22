package io.github.personagym.junit.jupiter;

import io.github.personagym.Persona;
import io.github.personagym.Task;
import io.github.personagym.Thresholds;
import io.github.personagym.junit.gym.EvaluationResult;
import io.github.personagym.junit.gym.QuestionResult;
import io.github.personagym.junit.gym.Suite;
import io.github.personagym.junit.gym.SuiteQuestion;
import io.github.personagym.junit.report.GateResult;
import io.github.personagym.junit.report.PersonaRun;
import io.github.personagym.llm.Redaction;
import io.github.personagym.mutants.MutantMessages;
import io.github.personagym.mutants.MutantOutcome;
import io.github.personagym.persona.PersonaLoader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The engine's persona tree as Jupiter dynamic nodes: environment › task › question containers and tests,
 * then the score checks, the regression check against the baseline and, when mutants are on, the mutants
 * check. Display names carry the path ({@code captain › Wedding › Linguistic Habits › q3}), as the engine's
 * do, so that flat reports read well; sources point at the suite file's lines. Failure messages, which quote
 * answers and the models' errors, pass through the {@link Redaction}.
 */
final class DynamicTree {

    static final String PATH = " \u203A ";

    private final Persona persona;
    private final Suite suite;
    private final List<Task> tasks;
    private final Thresholds thresholds;
    private final Supplier<EvaluationResult> evaluation;
    private final Function<PersonaRun, GateResult> regressionGate;
    private final String baselineName;
    private final Redaction redaction;
    private boolean mutants;

    DynamicTree(Persona persona, Suite suite, List<Task> tasks, Thresholds thresholds,
                Supplier<EvaluationResult> evaluation, Function<PersonaRun, GateResult> regressionGate,
                String baselineName, Redaction redaction) {
        this.persona = persona;
        this.suite = suite;
        this.tasks = tasks;
        this.thresholds = thresholds;
        this.evaluation = evaluation;
        this.regressionGate = regressionGate;
        this.baselineName = baselineName;
        this.redaction = redaction;
    }

    /** Ends the tree with the "mutants caught" check. */
    DynamicTree withMutants(boolean judged) {
        this.mutants = judged;
        return this;
    }

    Stream<DynamicNode> nodes() {
        List<DynamicNode> nodes = new ArrayList<>();
        byEnvironment().forEach((environment, byTask) -> {
            if (!byTask.isEmpty()) {
                nodes.add(environment(environment, byTask));
            }
        });
        nodes.addAll(checks());
        return nodes.stream();
    }

    private Map<String, Map<String, List<SuiteQuestion>>> byEnvironment() {
        Map<String, Map<String, List<SuiteQuestion>>> byEnvironment = new LinkedHashMap<>();
        suite.environments().forEach(environment -> byEnvironment.put(environment, new LinkedHashMap<>()));
        for (Task task : tasks) {
            for (SuiteQuestion question : suite.questions(task.name())) {
                byEnvironment.computeIfAbsent(question.environment(), e -> new LinkedHashMap<>())
                        .computeIfAbsent(task.name(), t -> new ArrayList<>()).add(question);
            }
        }
        return byEnvironment;
    }

    private DynamicContainer environment(String environment, Map<String, List<SuiteQuestion>> byTask) {
        String name = persona.id() + PATH + environment;
        List<DynamicNode> taskNodes = new ArrayList<>();
        byTask.forEach((task, questions) -> taskNodes.add(DynamicContainer.dynamicContainer(name + PATH + task,
                questions.stream().map(question -> question(name + PATH + task + PATH + question.key(), question)))));
        return DynamicContainer.dynamicContainer(name, taskNodes.stream());
    }

    private DynamicTest question(String name, SuiteQuestion question) {
        return DynamicTest.dynamicTest(name, suiteLine(question).orElse(null), () -> {
            QuestionResult result = evaluation.get().question(question.key()).orElseThrow(() ->
                    new AssertionFailedError("The gym returned no result for question " + question.key()));
            if (result.failed()) {
                throw new AssertionFailedError(redaction.redact(name + ": " + result.problem().orElse("failed")));
            }
            if (result.abstained()) {
                throw new TestAbortedException(redaction.redact(name + ": unscored, "
                        + result.problem().orElse("a judge abstained")));
            }
        });
    }

    private List<DynamicTest> checks() {
        String prefix = persona.id() + PATH;
        URI source = personaSource().orElse(null);
        var checks = new ScoreChecks(persona.id(), evaluation, redaction);
        List<DynamicTest> tests = new ArrayList<>();
        for (Task task : tasks) {
            thresholds.task(task.name()).ifPresent(min -> tests.add(DynamicTest.dynamicTest(
                    prefix + task.name() + " score \u2265 " + ScoreChecks.format(min), source,
                    () -> checks.taskAtLeast(task.name(), min))));
        }
        var min = thresholds.personaScore();
        String name = min.isPresent() ? "PersonaScore \u2265 " + ScoreChecks.format(min.getAsDouble()) : "PersonaScore";
        tests.add(DynamicTest.dynamicTest(prefix + name, source, () -> checks.personaScore(min)));
        tests.add(DynamicTest.dynamicTest(prefix + "no regression against baseline", source, this::noRegression));
        if (mutants) {
            tests.add(DynamicTest.dynamicTest(prefix + "mutants caught", source, this::mutantsCaught));
        }
        return tests;
    }

    /** The engine's regression gate: a drop fails, a missing baseline aborts with the command to make one. */
    private void noRegression() {
        GateResult result = regressionGate.apply(new PersonaRun(evaluation.get(),
                persona.source().orElse(persona.id()), thresholds, baselineName));
        if (result.status() == GateResult.Status.MISSING) {
            throw new TestAbortedException(redaction.redact(result.message()));
        }
        if (result.failed()) {
            throw new AssertionFailedError(redaction.redact(result.message()));
        }
    }

    /** Fails on a surviving mutant only with personagym.mutants.required, as the engine's check does. */
    private void mutantsCaught() {
        EvaluationResult result = evaluation.get();
        MutantOutcome outcome = result.mutants().orElseThrow(() -> new AssertionFailedError(persona.id()
                + ": the mutants were not judged")).decide(result.score(), thresholds.personaScore());
        if (outcome.failed()) {
            throw new AssertionFailedError(redaction.redact(MutantMessages.check(persona.id(), outcome)));
        }
    }

    private Optional<URI> suiteLine(SuiteQuestion question) {
        return suite.file().filter(file -> question.line() > 0)
                .map(file -> URI.create(file.toAbsolutePath().toUri() + "?line=" + question.line()));
    }

    private Optional<URI> personaSource() {
        return persona.source().flatMap(source -> {
            if (!source.startsWith(PersonaLoader.CLASSPATH_PREFIX)) {
                return Optional.of(Path.of(source).toAbsolutePath().toUri());
            }
            try {
                return Optional.of(new URI("classpath", "/" + source.substring(PersonaLoader.CLASSPATH_PREFIX.length()),
                        null));
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
        });
    }
}
