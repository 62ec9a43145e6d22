package io.github.personagym.junit.engine;

import io.github.personagym.Persona;
import io.github.personagym.PersonaAgent;
import io.github.personagym.junit.gym.EvaluationResult;
import io.github.personagym.junit.gym.QuestionResult;
import io.github.personagym.junit.gym.Suite;
import io.github.personagym.config.ConfigKeys;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.opentest4j.TestAbortedException;

/**
 * Runs the tree in two phases: first every persona's work starts at once on a shared pool (within a
 * persona too, answers, exemplars and verdicts run concurrently, under one run-wide limit); then the tree
 * reports, persona by persona in order, the question tests and the checks of what came out.
 */
final class Execution {

    private final PersonaGymEngineDescriptor engine;
    private final EngineExecutionListener listener;
    private final PersonaRunner runner;

    Execution(PersonaGymEngineDescriptor engine, EngineExecutionListener listener) {
        this.engine = engine;
        this.listener = listener;
        this.runner = new PersonaRunner(engine);
    }

    void run() {
        listener.executionStarted(engine);
        if (!engine.getChildren().isEmpty()) {
            runner.start();
        }
        // a thread per persona (up to 64) so that every persona starts at once; the shared limit bounds the work
        int personas = (int) engine.getDescendants().stream().filter(PersonaDescriptor.class::isInstance).count();
        int threads = Math.max(1, Math.max(engine.configuration().getInt(ConfigKeys.CONCURRENCY, 8),
                Math.min(personas, 64)));
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            Map<TestDescriptor, Object> plans = plan(pool);
            for (TestDescriptor root : List.copyOf(engine.getChildren())) {
                report(root, plans);
            }
        } finally {
            pool.shutdownNow();
        }
        try {
            runner.finish();
            List<String> runErrors = runner.runErrors();
            listener.executionFinished(engine, runErrors.isEmpty() ? TestExecutionResult.successful()
                    : TestExecutionResult.failed(new PersonaGymException(String.join("\n", runErrors))));
        } catch (RuntimeException e) {
            listener.executionFinished(engine, TestExecutionResult.failed(e));
        }
    }

    /**
     * Starts the work of every persona of the run at once, so that all of them share the model limits and
     * none waits for the one before; a class whose agent method is unusable maps to its error instead.
     */
    private Map<TestDescriptor, Object> plan(ExecutorService pool) {
        try {
            return planAll(pool);
        } finally {
            runner.cast().close();
        }
    }

    private Map<TestDescriptor, Object> planAll(ExecutorService pool) {
        Map<TestDescriptor, Object> plans = new LinkedHashMap<>();
        for (TestDescriptor root : List.copyOf(engine.getChildren())) {
            Function<Persona, Optional<PersonaAgent>> agents;
            String whyNone = "";
            if (root instanceof TestClassDescriptor testClass) {
                AgentMethod agentMethod;
                try {
                    agentMethod = AgentMethod.of(testClass.testClass());
                } catch (RuntimeException e) {
                    plans.put(root, e);
                    continue;
                }
                agents = persona -> Optional.of(agentMethod.agentFor(persona));
            } else {
                try {
                    GymServices services = engine.services();
                    agents = services::modelAgent;
                    whyNone = services.whyNoModelAgent();
                } catch (RuntimeException e) {
                    plans.put(root, e);
                    continue;
                }
            }
            for (TestDescriptor child : root.getChildren()) {
                if (child instanceof PersonaDescriptor persona) {
                    plans.put(persona, plan(persona, agents, whyNone, pool));
                }
            }
        }
        return plans;
    }

    private PersonaPlan plan(PersonaDescriptor persona, Function<Persona, Optional<PersonaAgent>> agents,
                             String whyNone, ExecutorService pool) {
        Optional<PersonaAgent> agent;
        try {
            agent = agents.apply(persona.persona());
        } catch (TestAbortedException e) {
            return new PersonaPlan.Skip(e.getMessage());
        } catch (RuntimeException e) {
            return new PersonaPlan.Fail(e);
        }
        if (agent.isEmpty()) {
            return new PersonaPlan.Skip(whyNone);
        }
        if (persona.staleSuite().isPresent()) {
            return new PersonaPlan.Fail(new PersonaGymException(persona.staleSuite().get()));
        }
        if (persona.suite().isEmpty() && engine.services().suiteGenerator().isEmpty()) {
            return new PersonaPlan.Skip("No suite for persona '" + persona.persona().id() + "' at "
                    + runner.files().suitePath(persona.persona()) + " and no generator model to make one: "
                    + engine.services().whyNoGenerator());
        }
        runner.cast().add(persona.persona(), agent.get());
        return new PersonaPlan.Run(CompletableFuture.supplyAsync(() -> {
            Optional<Suite> generated = Optional.empty();
            if (persona.suite().isEmpty()) {
                generated = Optional.of(runner.generate(persona));
                persona.suite(generated.get());
            }
            return new PersonaPlan.Evaluated(generated, runner.evaluate(persona, agent.get()));
        }, pool));
    }

    private void report(TestDescriptor root, Map<TestDescriptor, Object> plans) {
        listener.executionStarted(root);
        if (plans.get(root) instanceof RuntimeException error) {
            listener.executionFinished(root, TestExecutionResult.failed(error));
            return;
        }
        for (TestDescriptor child : List.copyOf(root.getChildren())) {
            if (child instanceof BrokenPersonaDescriptor broken) {
                listener.executionStarted(broken);
                listener.executionFinished(broken, TestExecutionResult.failed(new PersonaGymException(broken.message())));
            } else if (child instanceof PersonaDescriptor persona) {
                report(persona, (PersonaPlan) plans.get(persona));
            }
        }
        listener.executionFinished(root, TestExecutionResult.successful());
    }

    private void report(PersonaDescriptor persona, PersonaPlan plan) {
        if (plan instanceof PersonaPlan.Skip skip) {
            // a skip is a green build that did nothing for this persona: say so where the user looks
            System.out.println(engine.redaction().redact("[personagym] SKIPPED " + persona.persona().id() + ": "
                    + skip.reason().replaceAll("\\s*\\R\\s*", " ")));
            listener.executionSkipped(persona, skip.reason());
            return;
        }
        listener.executionStarted(persona);
        if (plan instanceof PersonaPlan.Fail fail) {
            listener.executionFinished(persona, TestExecutionResult.failed(fail.error()));
            return;
        }
        try {
            PersonaPlan.Evaluated evaluated = ((PersonaPlan.Run) plan).work().join();
            evaluated.generated().ifPresent(suite ->
                    PersonaTree.addQuestions(persona, suite).forEach(listener::dynamicTestRegistered));
            runner.reported(persona, evaluated.result());
            reportQuestions(persona, evaluated.result());
            new Checks(listener, runner::regression).run(persona, evaluated.result());
            listener.executionFinished(persona, TestExecutionResult.successful());
        } catch (CompletionException e) {
            listener.executionFinished(persona, TestExecutionResult.failed(e.getCause()));
        } catch (RuntimeException e) {
            listener.executionFinished(persona, TestExecutionResult.failed(e));
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "personagym-persona-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private void reportQuestions(PersonaDescriptor persona, EvaluationResult result) {
        Map<String, QuestionResult> byKey = result.questions().stream()
                .collect(Collectors.toMap(q -> q.question().key(), q -> q, (a, b) -> a));
        for (TestDescriptor child : List.copyOf(persona.getChildren())) {
            if (child instanceof NodeDescriptor) {
                reportNode(child, byKey);
            }
        }
    }

    private void reportNode(TestDescriptor node, Map<String, QuestionResult> byKey) {
        listener.executionStarted(node);
        for (TestDescriptor child : List.copyOf(node.getChildren())) {
            if (child instanceof QuestionDescriptor question) {
                reportQuestion(question, byKey.get(question.question().key()));
            } else {
                reportNode(child, byKey);
            }
        }
        listener.executionFinished(node, TestExecutionResult.successful());
    }

    private void reportQuestion(QuestionDescriptor node, QuestionResult result) {
        listener.executionStarted(node);
        try {
            finishQuestion(node, result);
        } catch (RuntimeException e) {
            listener.executionFinished(node, TestExecutionResult.failed(e));
        }
    }

    private void finishQuestion(QuestionDescriptor node, QuestionResult result) {
        if (result == null) {
            listener.executionFinished(node, TestExecutionResult.failed(
                    new PersonaGymException("The gym returned no result for question " + node.question().key())));
            return;
        }
        result.judged().score().ifPresent(score -> listener.reportingEntryPublished(node,
                ReportEntry.from("score", PersonaTree.format(score))));
        if (result.failed()) {
            listener.executionFinished(node, TestExecutionResult.failed(new PersonaGymException(
                    node.getDisplayName() + ": " + result.problem().orElse("failed"))));
        } else if (result.abstained()) {
            listener.executionFinished(node, TestExecutionResult.aborted(new TestAbortedException(
                    node.getDisplayName() + ": unscored, " + result.problem().orElse("a judge abstained"))));
        } else {
            listener.executionFinished(node, TestExecutionResult.successful());
        }
    }

}
