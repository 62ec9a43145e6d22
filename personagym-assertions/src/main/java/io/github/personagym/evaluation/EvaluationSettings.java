package io.github.personagym.evaluation;

import io.github.personagym.Persona;
import io.github.personagym.judge.Judge;
import io.github.personagym.mutants.MutantSettings;
import io.github.personagym.mutants.OtherPersona;
import io.github.personagym.score.ScoreAggregator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;

/** What a {@link PersonaEvaluation} was built with. */
record EvaluationSettings(List<Judge> judges, ExemplarSource exemplars, CallSlots limit, Optional<Executor> executor,
                          ProgressListener progress, ScoreAggregator aggregator, int batchSize,
                          java.time.Duration agentTimeout, MutantSettings mutants,
                          Function<Persona, Optional<OtherPersona>> swapWith, double driftDrop) {
}
