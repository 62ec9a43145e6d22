package io.github.personagym.junit.jupiter;

import io.github.personagym.evaluation.EvaluationResult;
import io.github.personagym.evaluation.QuestionResult;
import io.github.personagym.llm.Redaction;
import io.github.personagym.persona.PersonaLoader;
import io.github.personagym.plan.CheckOutcome;
import io.github.personagym.plan.PersonaTestPlan;
import io.github.personagym.plan.PlanContainer;
import io.github.personagym.plan.PlanNode;
import io.github.personagym.plan.PlannedCheck;
import io.github.personagym.plan.PlannedQuestion;
import io.github.personagym.plan.SourcePosition;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * A persona's {@link PersonaTestPlan} as Jupiter dynamic nodes: the containers, question tests and checks the engine
 * runs, with the same names, sources and messages. The persona is evaluated when the first test asks for its
 * result. Failure messages, which quote answers and the models' errors, pass through the {@link Redaction}.
 */
final class DynamicTree {

    private final PersonaTestPlan plan;
    private final Supplier<EvaluationResult> evaluation;
    private final Supplier<CheckOutcome> regression;
    private final Redaction redaction;

    /**
     * @param regression the regression gate's outcome for the evaluated persona
     */
    DynamicTree(PersonaTestPlan plan, Supplier<EvaluationResult> evaluation, Supplier<CheckOutcome> regression,
                Redaction redaction) {
        this.plan = plan;
        this.evaluation = evaluation;
        this.regression = regression;
        this.redaction = redaction;
    }

    Stream<DynamicNode> nodes() {
        return plan.nodes().stream().map(this::node);
    }

    private DynamicNode node(PlanNode node) {
        if (node instanceof PlanContainer container) {
            return DynamicContainer.dynamicContainer(container.displayName(),
                    container.children().stream().map(this::node));
        }
        URI source = node.source().flatMap(DynamicTree::uri).orElse(null);
        if (node instanceof PlannedQuestion question) {
            return DynamicTest.dynamicTest(question.displayName(), source, () -> report(outcome(question)));
        }
        PlannedCheck check = (PlannedCheck) node;
        return DynamicTest.dynamicTest(check.displayName(), source,
                () -> report(check.evaluate(evaluation.get().checkInput(regression))));
    }

    private CheckOutcome outcome(PlannedQuestion question) {
        Optional<QuestionResult> result = evaluation.get().question(question.questionKey());
        return result.map(q -> question.outcome(q.failed(), q.abstained(), q.problem(), q.score()))
                .orElseGet(question::noResult);
    }

    private void report(CheckOutcome outcome) {
        String message = redaction.redact(outcome.message());
        switch (outcome.status()) {
            case PASSED -> {
            }
            case FAILED -> throw outcome.missed()
                    .map(missed -> new AssertionFailedError(message, missed.expected(), missed.actual()))
                    .orElseGet(() -> new AssertionFailedError(message));
            // a running dynamic test cannot be skipped: "not applicable" (no baseline yet) aborts it
            case ABORTED, NOT_APPLICABLE -> throw new TestAbortedException(message);
        }
    }

    /** A file's URI with {@code ?line=}, or a {@code classpath:} URI, as Jupiter turns into a test source. */
    private static Optional<URI> uri(SourcePosition position) {
        String source = position.source();
        try {
            URI base = source.startsWith(PersonaLoader.CLASSPATH_PREFIX)
                    ? new URI("classpath", "/" + source.substring(PersonaLoader.CLASSPATH_PREFIX.length()), null)
                    : Path.of(source).toAbsolutePath().toUri();
            return Optional.of(URI.create(base + "?line=" + position.line()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
