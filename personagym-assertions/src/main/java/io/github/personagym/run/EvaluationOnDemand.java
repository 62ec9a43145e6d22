package io.github.personagym.run;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.evaluation.EvaluationResult;
import io.github.personagym.gate.GateResult;
import java.util.function.Supplier;

/**
 * A persona's evaluation made when a test first asks for it, once, and kept for the run's reports; and its regression
 * gate's result, asked once. For front ends that evaluate as their tests run (Jupiter's dynamic tests); a failure is
 * rethrown to every test that asks.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EvaluationOnDemand {

    private final Memo<EvaluationResult> result;
    private final Memo<GateResult> gate;

    EvaluationOnDemand(RunSession session, RunPersona persona, Supplier<EvaluationResult> evaluation) {
        this.result = new Memo<>(() -> {
            EvaluationResult evaluated = evaluation.get();
            session.reported(persona, evaluated);
            return evaluated;
        });
        this.gate = new Memo<>(() -> session.regression(persona, result.get()));
    }

    /** The evaluation; made on the first call. */
    public EvaluationResult result() {
        return result.get();
    }

    /** The regression gate's result for the evaluation, kept for the baseline update at the end of the run. */
    public GateResult gate() {
        return gate.get();
    }
}
