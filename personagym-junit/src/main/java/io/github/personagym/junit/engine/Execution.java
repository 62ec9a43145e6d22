package io.github.personagym.junit.engine;

import io.github.personagym.Persona;
import io.github.personagym.PersonaAgent;
import io.github.personagym.config.ConfigKeys;
import io.github.personagym.suite.Suite;
import io.github.personagym.services.GymServices;
import io.github.personagym.run.PersonaGymException;
import io.github.personagym.run.RunSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.opentest4j.TestAbortedException;

/**
 * One run of the tree, over the engine's {@link RunSession}. When the run starts, every persona's work starts at once
 * on a shared pool (within a persona too, answers, exemplars and verdicts run concurrently, under the run-wide limit);
 * the tree then walks the personas in order, and each test waits for its own part of that work: a question for its
 * answer's verdicts, a check for the persona's result. When the run ends, the session writes the reports.
 */
final class Execution {

    private final PersonaGymEngineDescriptor engine;
    private final EngineExecutionListener listener;
    private final RunSession session;
    /** A root whose personas cannot run maps to its error; a persona to its plan. */
    private final Map<TestDescriptor, Object> plans = new HashMap<>();
    private ExecutorService pool;

    Execution(PersonaGymEngineDescriptor engine, EngineExecutionListener listener) {
        this.engine = engine;
        this.listener = listener;
        this.session = engine.session();
    }

    PersonaGymEngineDescriptor engine() {
        return engine;
    }

    /** Where nodes publish report entries: the run's listener, redacting. */
    EngineExecutionListener listener() {
        return listener;
    }

    RunSession session() {
        return session;
    }

    /**
     * Starts the work of every persona of the run at once, so that all of them share the model limits and none
     * waits for the one before; a root whose agent method is unusable maps to its error instead.
     */
    void start() {
        if (engine.getChildren().isEmpty()) {
            return;
        }
        session.start(engine.unknownKeys());
        List<PersonaDescriptor> personas = engine.getDescendants().stream().filter(PersonaDescriptor.class::isInstance)
                .map(PersonaDescriptor.class::cast).toList();
        personas.forEach(persona -> session.register(persona.persona(), persona::suite));
        // a thread per persona (up to 64) so that every persona starts at once; the shared limit bounds the work
        int threads = Math.max(1, Math.max(engine.configuration().getInt(ConfigKeys.CONCURRENCY,
                ConfigKeys.DEFAULT_CONCURRENCY), Math.min(personas.size(), 64)));
        pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            planAll();
        } finally {
            session.castComplete();
        }
    }

    /** The error that keeps the personas of {@code root} from running, if one does. */
    Optional<RuntimeException> rootError(TestDescriptor root) {
        return plans.get(root) instanceof RuntimeException error ? Optional.of(error) : Optional.empty();
    }

    PersonaPlan plan(PersonaDescriptor persona) {
        return (PersonaPlan) plans.get(persona);
    }

    /**
     * At the end of the run: stops the pool, writes the reports and the baseline; the run fails with its own
     * errors (judges that cannot work, providers out of reach).
     */
    void finish() {
        if (pool != null) {
            pool.shutdownNow();
        }
        session.finish();
        List<String> runErrors = session.runErrors();
        if (!runErrors.isEmpty()) {
            throw new PersonaGymException(String.join("\n", runErrors));
        }
    }

    private void planAll() {
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
                    plans.put(persona, plan(persona, agents, whyNone));
                }
            }
        }
    }

    private PersonaPlan plan(PersonaDescriptor persona, Function<Persona, Optional<PersonaAgent>> agents,
                             String whyNone) {
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
        if (persona.suite().isEmpty() && !session.canGenerate()) {
            return new PersonaPlan.Skip(session.noSuiteReason(persona.persona()));
        }
        session.cast(persona.persona(), agent.get());
        return new PersonaPlan.Run(new PersonaWork(persona.persona().id(), pool, () -> {
            if (persona.suite().isPresent()) {
                return Optional.<Suite>empty();
            }
            Suite generated = session.generate(persona.persona(), persona.tasks());
            persona.suite(generated);
            return Optional.of(generated);
        }, questions -> session.evaluate(persona.runPersona(), persona.suite().orElseThrow(), agent.get(),
                questions)));
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "personagym-persona-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** What becomes of a persona: skipped, failed before it ran, or evaluated by work already under way. */
    sealed interface PersonaPlan {

        record Skip(String reason) implements PersonaPlan {
        }

        record Fail(Throwable error) implements PersonaPlan {
        }

        record Run(PersonaWork work) implements PersonaPlan {
        }
    }
}
