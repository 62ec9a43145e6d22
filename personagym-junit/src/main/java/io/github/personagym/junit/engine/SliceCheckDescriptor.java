package io.github.personagym.junit.engine;

import io.github.personagym.plan.CheckOutcome;
import io.github.personagym.plan.SliceGapCheck;
import io.github.personagym.run.RunSession;
import io.github.personagym.slice.SliceSettings;
import java.util.List;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * "Slices › age: no flagged gap above 0.50", a check on the whole run, one per sliced attribute: the last tests of the
 * run, decided when every persona before them is evaluated and kept for the reports. It fails on a flagged gap above
 * {@code personagym.slices.max-gap}, and is skipped, saying why, when the attribute's groups are too small to compare.
 * They sit under the run's last root, so that Surefire counts and reports them with that class.
 */
final class SliceCheckDescriptor extends AbstractTestDescriptor implements Node<RunContext> {

    static final String SEGMENT = "slices";

    private final String attribute;

    private SliceCheckDescriptor(TestDescriptor root, String attribute, SliceSettings settings) {
        // no source: Surefire names a test whose source is a class by a method it has not, and prints no name
        super(root.getUniqueId().append(SEGMENT, attribute), SliceGapCheck.displayName(attribute, settings));
        this.attribute = attribute;
    }

    /**
     * Adds one check per sliced attribute as the last tests of the run's last root (its last test class, for Surefire
     * counts and reports a test within its class), when the run has personas and {@code personagym.slices.max-gap} is
     * set: without a maximum, slices are reported and never fail.
     */
    static void addTo(PersonaGymEngineDescriptor engine, SliceSettings settings) {
        boolean personas = engine.getDescendants().stream().anyMatch(PersonaDescriptor.class::isInstance);
        if (!personas || settings.maxGap().isEmpty()) {
            return;
        }
        TestDescriptor last = List.copyOf(engine.getChildren()).get(engine.getChildren().size() - 1);
        settings.attributes().forEach(attribute -> last.addChild(new SliceCheckDescriptor(last, attribute, settings)));
    }

    @Override
    public SkipResult shouldBeSkipped(RunContext context) {
        CheckOutcome outcome = outcome(context);
        return outcome.status() == CheckOutcome.Status.NOT_APPLICABLE ? SkipResult.skip(outcome.message())
                : SkipResult.doNotSkip();
    }

    @Override
    public RunContext execute(RunContext context, DynamicTestExecutor dynamicTests) {
        CheckOutcome outcome = outcome(context);
        outcome.entries().forEach((key, value) -> context.execution().listener()
                .reportingEntryPublished(this, ReportEntry.from(key, value)));
        if (outcome.failed()) {
            throw new CheckFailure(outcome.message());
        }
        return context;
    }

    private CheckOutcome outcome(RunContext context) {
        RunSession session = context.execution().session();
        return new SliceGapCheck(attribute).evaluate(session.slices());
    }

    @Override
    public Type getType() {
        return TestDescriptor.Type.TEST;
    }
}
