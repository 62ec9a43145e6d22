package io.github.personagym.junit.engine;

import io.github.personagym.Persona;
import io.github.personagym.PersonaAgent;
import io.github.personagym.junit.gym.EvaluationResult;
import io.github.personagym.junit.gym.QuestionResult;
import io.github.personagym.junit.gym.Suite;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.opentest4j.TestAbortedException;

/**
 * Runs the tree: per persona, the gym evaluates every question at once (answers, exemplars and verdicts
 * run concurrently), then the question tests and the checks report what came out.
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
        for (TestDescriptor root : List.copyOf(engine.getChildren())) {
            if (root instanceof TestClassDescriptor testClass) {
                runClass(testClass);
            } else {
                runStandalone(root);
            }
        }
        try {
            runner.finish();
            listener.executionFinished(engine, TestExecutionResult.successful());
        } catch (RuntimeException e) {
            listener.executionFinished(engine, TestExecutionResult.failed(e));
        }
    }

    private void runClass(TestClassDescriptor testClass) {
        listener.executionStarted(testClass);
        AgentMethod agentMethod;
        try {
            agentMethod = AgentMethod.of(testClass.testClass());
        } catch (RuntimeException e) {
            listener.executionFinished(testClass, TestExecutionResult.failed(e));
            return;
        }
        for (TestDescriptor child : List.copyOf(testClass.getChildren())) {
            runChild(child, persona -> Optional.of(agentMethod.agentFor(persona)), "");
        }
        listener.executionFinished(testClass, TestExecutionResult.successful());
    }

    private void runStandalone(TestDescriptor root) {
        listener.executionStarted(root);
        GymServices services = engine.services();
        for (TestDescriptor child : List.copyOf(root.getChildren())) {
            runChild(child, services::modelAgent, services.whyNoModelAgent());
        }
        listener.executionFinished(root, TestExecutionResult.successful());
    }

    private void runChild(TestDescriptor child, Function<Persona, Optional<PersonaAgent>> agents, String whyNone) {
        if (child instanceof BrokenPersonaDescriptor broken) {
            listener.executionStarted(broken);
            listener.executionFinished(broken, TestExecutionResult.failed(new PersonaGymException(broken.message())));
        } else if (child instanceof PersonaDescriptor persona) {
            runPersona(persona, agents, whyNone);
        }
    }

    private void runPersona(PersonaDescriptor persona, Function<Persona, Optional<PersonaAgent>> agents,
                            String whyNone) {
        Optional<PersonaAgent> agent;
        try {
            agent = agents.apply(persona.persona());
        } catch (TestAbortedException e) {
            listener.executionSkipped(persona, e.getMessage());
            return;
        } catch (RuntimeException e) {
            listener.executionStarted(persona);
            listener.executionFinished(persona, TestExecutionResult.failed(e));
            return;
        }
        if (agent.isEmpty()) {
            listener.executionSkipped(persona, whyNone);
            return;
        }
        if (persona.staleSuite().isPresent()) {
            listener.executionStarted(persona);
            listener.executionFinished(persona,
                    TestExecutionResult.failed(new PersonaGymException(persona.staleSuite().get())));
            return;
        }
        if (persona.suite().isEmpty() && !generateSuite(persona)) {
            return;
        }
        listener.executionStarted(persona);
        try {
            EvaluationResult result = runner.evaluate(persona, agent.get());
            reportQuestions(persona, result);
            new Checks(listener, runner::regression).run(persona, result);
            listener.executionFinished(persona, TestExecutionResult.successful());
        } catch (RuntimeException e) {
            listener.executionFinished(persona, TestExecutionResult.failed(e));
        }
    }

    /** Without a suite: generate one, write it, and register its questions. False when skipped or failed. */
    private boolean generateSuite(PersonaDescriptor persona) {
        if (engine.services().suiteGenerator().isEmpty()) {
            listener.executionSkipped(persona, "No suite for persona '" + persona.persona().id() + "' at "
                    + runner.files().suitePath(persona.persona()) + " and no generator model to make one: "
                    + engine.services().whyNoGenerator());
            return false;
        }
        Suite suite;
        try {
            suite = runner.generate(persona);
        } catch (RuntimeException e) {
            listener.executionStarted(persona);
            listener.executionFinished(persona, TestExecutionResult.failed(e));
            return false;
        }
        persona.suite(suite);
        PersonaTree.addQuestions(persona, suite).forEach(listener::dynamicTestRegistered);
        return true;
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
        } else {
            listener.executionFinished(node, TestExecutionResult.successful());
        }
    }

}
