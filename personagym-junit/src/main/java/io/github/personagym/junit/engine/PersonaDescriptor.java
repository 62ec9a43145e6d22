package io.github.personagym.junit.engine;

import io.github.personagym.Persona;
import io.github.personagym.Task;
import io.github.personagym.Thresholds;
import io.github.personagym.suite.Suite;
import io.github.personagym.junit.engine.Execution.PersonaPlan;
import io.github.personagym.run.RunPersona;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * One persona: environments › tasks › questions below it, and the score checks. Without a suite on disk
 * it has only its checks at discovery, and registers the questions when it runs. Its work started with the run; a
 * skipped persona says so on the console too, and a persona whose evaluation failed fails with its error.
 */
final class PersonaDescriptor extends AbstractTestDescriptor implements Node<RunContext> {

    private final Persona persona;
    private final PersonaLocation location;
    private final List<Task> tasks;
    private final Thresholds thresholds;
    private volatile Optional<Suite> suite;
    private final Optional<String> staleSuite;

    PersonaDescriptor(UniqueId uniqueId, Persona persona, PersonaLocation location, List<Task> tasks,
                      Thresholds thresholds, Optional<Suite> suite, Optional<String> staleSuite, TestSource source) {
        super(uniqueId, persona.id(), source);
        this.persona = persona;
        this.location = location;
        this.tasks = List.copyOf(tasks);
        this.thresholds = thresholds;
        this.suite = suite;
        this.staleSuite = staleSuite;
    }

    Persona persona() {
        return persona;
    }

    PersonaLocation location() {
        return location;
    }

    List<Task> tasks() {
        return tasks;
    }

    Thresholds thresholds() {
        return thresholds;
    }

    Optional<Suite> suite() {
        return suite;
    }

    void suite(Suite made) {
        this.suite = Optional.of(made);
    }

    /** The persona as the run evaluates it, kept in the baseline under its test class's name. */
    RunPersona runPersona() {
        return new RunPersona(persona, Optional.of(location), tasks, thresholds, baselineName());
    }

    /** The baseline name of the persona's test class, or empty for a persona file played by the model agent. */
    private String baselineName() {
        return getParent().filter(TestClassDescriptor.class::isInstance).map(TestClassDescriptor.class::cast)
                .map(testClass -> testClass.annotation().baseline().isBlank()
                        ? testClass.testClass().getSimpleName() : testClass.annotation().baseline())
                .orElse("");
    }

    /** Why the suite on disk cannot be used: the persona changed since it was made. */
    Optional<String> staleSuite() {
        return staleSuite;
    }

    @Override
    public SkipResult shouldBeSkipped(RunContext context) {
        if (context.execution().plan(this) instanceof PersonaPlan.Skip skip) {
            return SkipResult.skip(context.execution().engine().redaction().redact(skip.reason()));
        }
        return SkipResult.doNotSkip();
    }

    @Override
    public void nodeSkipped(RunContext context, TestDescriptor testDescriptor, SkipResult result) {
        // a skip is a green build that did nothing for this persona: say so where the user looks
        context.execution().session().skipped(persona.id(), location.display(), result.getReason().orElse(""));
    }

    @Override
    public RunContext before(RunContext context) throws Exception {
        PersonaPlan plan = context.execution().plan(this);
        if (plan instanceof PersonaPlan.Fail fail) {
            throw fail.error() instanceof Exception e ? e : new IllegalStateException(fail.error());
        }
        return context.within(((PersonaPlan.Run) plan).work());
    }

    /** Registers and runs the questions of a suite made in the run, once it is made. */
    @Override
    public RunContext execute(RunContext context, DynamicTestExecutor dynamicTests) throws Exception {
        Optional<Suite> generated = context.personaWork().generatedSuite();
        if (generated.isPresent()) {
            List<TestDescriptor> added = PersonaTree.addQuestions(this, generated.get());
            added.stream().filter(NodeDescriptor.class::isInstance)
                    .forEach(node -> ((NodeDescriptor) node).registeredDuringRun());
            added.stream().filter(node -> node.getParent().filter(this::equals).isPresent())
                    .forEach(dynamicTests::execute);
        }
        return context;
    }

    /** Keeps the result for the reports once the checks are done; fails with the evaluation's error. */
    @Override
    public void after(RunContext context) throws Exception {
        if (context.work().isPresent()) {
            context.work().get().awaitSuccess();
            context.execution().session().reported(runPersona(), context.work().get().result());
        }
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    @Override
    public boolean mayRegisterTests() {
        return suite.isEmpty();
    }
}
