package io.github.personagym.junit.engine;

import java.util.List;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A container that groups: an environment or a task (grouping questions), or a persona file run on its own
 * (grouping its persona). An environment or task of a suite made during the run announces its children to the
 * launcher when it runs, since the launcher learns of dynamic tests one by one.
 */
final class NodeDescriptor extends AbstractTestDescriptor implements Node<RunContext> {

    private volatile boolean announcesChildren;

    NodeDescriptor(UniqueId uniqueId, String displayName, TestSource source) {
        super(uniqueId, displayName, source);
    }

    /** Marks this node as registered during the run: its children are announced to the launcher when it runs. */
    void registeredDuringRun() {
        announcesChildren = true;
    }

    @Override
    public RunContext before(RunContext context) {
        context.execution().rootError(this).ifPresent(error -> {
            throw error;
        });
        return context;
    }

    @Override
    public RunContext execute(RunContext context, DynamicTestExecutor dynamicTests) {
        if (announcesChildren) {
            List<TestDescriptor> children = List.copyOf(getChildren());
            children.forEach(context.execution().listener()::dynamicTestRegistered);
        }
        return context;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
