package io.github.personagym.evaluation;

import io.github.personagym.config.Durations;
import io.github.personagym.suite.Suite;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.Persona;
import io.github.personagym.PersonaAgent;
import io.github.personagym.Task;
import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.Configuration;
import io.github.personagym.judge.Judge;
import io.github.personagym.mutants.MutantSettings;
import io.github.personagym.mutants.OtherPersona;
import io.github.personagym.score.ScoreAggregator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Evaluates one persona on its suite: the agent answers every question while the missing score exemplars
 * are made, each batch of answers is judged as soon as its answers and exemplars are there, and the
 * verdicts are aggregated into task scores and a PersonaScore.
 *
 * <p>At most {@code concurrency} agent answers and judge calls are in flight at once ({@value
 * ConfigKeys#CONCURRENCY}); share one {@link Builder#limit(CallSlots) limit} between evaluations to bound a
 * whole run. An answer the agent failed to give is never judged and stays unscored.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PersonaEvaluation {

    private final EvaluationSettings settings;

    public PersonaEvaluation(List<Judge> judges, ExemplarSource exemplars, int concurrency, ProgressListener progress,
                             ScoreAggregator aggregator) {
        this(builder(judges).exemplars(exemplars).concurrency(concurrency).progress(progress).aggregator(aggregator)
                .settings());
    }

    private PersonaEvaluation(EvaluationSettings settings) {
        this.settings = settings;
    }

    public static Builder builder(List<Judge> judges) {
        return new Builder(judges);
    }

    /**
     * Evaluates a persona.
     *
     * @param tasks the tasks to evaluate, in report order; suite questions of other tasks are left out
     * @param suite the persona's suite; questions without exemplars get them from the {@link ExemplarSource}
     * @param agent the agent under test; its exceptions are recorded, never graded
     */
    public EvaluationResult run(Persona persona, List<Task> tasks, Suite suite, PersonaAgent agent) {
        return new EvaluationRun(settings, persona, tasks, suite, agent).run();
    }

    /** Reads {@value ConfigKeys#CONCURRENCY}, default {@value ConfigKeys#DEFAULT_CONCURRENCY}. */
    public static int concurrency(Configuration configuration) {
        int concurrency = configuration.getInt(ConfigKeys.CONCURRENCY, ConfigKeys.DEFAULT_CONCURRENCY);
        if (concurrency < 1) {
            throw new IllegalArgumentException(ConfigKeys.CONCURRENCY + " must be at least 1, got " + concurrency);
        }
        return concurrency;
    }

    /** Builds an evaluation; only the judges are required. */
    public static final class Builder {

        private final List<Judge> judges;
        private ExemplarSource exemplars = ExemplarSource.none();
        private CallSlots limit = new CallSlots(ConfigKeys.DEFAULT_CONCURRENCY);
        private Optional<Executor> executor = Optional.empty();
        private ProgressListener progress = ProgressListener.NONE;
        private ScoreAggregator aggregator = new ScoreAggregator();
        private int batchSize = ConfigKeys.DEFAULT_JUDGE_BATCH_SIZE;
        private java.time.Duration agentTimeout = ConfigKeys.DEFAULT_AGENT_TIMEOUT;
        private MutantSettings mutants = MutantSettings.OFF;
        private Function<Persona, Optional<OtherPersona>> swapWith = persona -> Optional.empty();
        private double driftDrop = ConfigKeys.DEFAULT_DRIFT_DROP;

        private Builder(List<Judge> judges) {
            if (judges.isEmpty()) {
                throw new IllegalArgumentException("An evaluation needs at least one judge");
            }
            this.judges = List.copyOf(judges);
        }

        public Builder exemplars(ExemplarSource source) {
            this.exemplars = Objects.requireNonNull(source, "source");
            return this;
        }

        /** At most this many agent answers and judge calls in flight at once. */
        public Builder concurrency(int concurrency) {
            return limit(new CallSlots(concurrency));
        }

        /** A limit shared with other evaluations: each agent answer and judge call holds one slot. */
        public Builder limit(CallSlots sharedLimit) {
            this.limit = Objects.requireNonNull(sharedLimit, "sharedLimit");
            return this;
        }

        /** The threads to run on; by default each run starts its own and stops them when it ends. */
        public Builder executor(Executor threads) {
            this.executor = Optional.of(threads);
            return this;
        }

        public Builder progress(ProgressListener listener) {
            this.progress = Objects.requireNonNull(listener, "listener");
            return this;
        }

        public Builder aggregator(ScoreAggregator scoreAggregator) {
            this.aggregator = Objects.requireNonNull(scoreAggregator, "scoreAggregator");
            return this;
        }

        /** Questions per exemplar batch and per judge call. */
        public Builder batchSize(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("The batch size must be at least 1, got " + size);
            }
            this.batchSize = size;
            return this;
        }

        /** The longest the agent may take for one answer; past it the question fails and the run goes on. */
        public Builder agentTimeout(java.time.Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("The agent timeout must be positive, got " + timeout);
            }
            this.agentTimeout = timeout;
            return this;
        }

        /**
         * Judges the persona's mutants after its answers: each kind on a sample of the questions the agent
         * answered, with the same judges (see {@link io.github.personagym.mutants.MutantKind}).
         */
        public Builder mutants(MutantSettings settings) {
            this.mutants = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * Where the swapped mutant of a persona takes its answers: another persona of the run, whose agent answers
         * the same questions. By default none, and the swapped mutant speaks in a fixed off-persona voice.
         */
        public Builder swapWith(Function<Persona, Optional<OtherPersona>> otherPersona) {
            this.swapWith = Objects.requireNonNull(otherPersona, "otherPersona");
            return this;
        }

        /**
         * The largest fall of a conversation task's score from its early to its late turns that passes
         * ({@value ConfigKeys#DRIFT_DROP}); results and reports carry it beside the drift.
         */
        public Builder driftDrop(double maxDrop) {
            if (Double.isNaN(maxDrop) || maxDrop < 0) {
                throw new IllegalArgumentException("The largest drift drop must be 0 or more, got " + maxDrop);
            }
            this.driftDrop = maxDrop;
            return this;
        }

        /**
         * Concurrency ({@value ConfigKeys#CONCURRENCY}), batch size ({@value ConfigKeys#JUDGE_BATCH_SIZE}), agent
         * timeout ({@value ConfigKeys#AGENT_TIMEOUT}) and mutants ({@value ConfigKeys#MUTANTS}).
         */
        public Builder configuration(Configuration configuration) {
            concurrency(PersonaEvaluation.concurrency(configuration));
            agentTimeout(io.github.personagym.config.Durations.of(configuration, ConfigKeys.AGENT_TIMEOUT,
                    ConfigKeys.DEFAULT_AGENT_TIMEOUT));
            mutants(MutantSettings.from(configuration));
            driftDrop(io.github.personagym.plan.DriftCheck.maxDrop(configuration));
            return batchSize(configuration.getInt(ConfigKeys.JUDGE_BATCH_SIZE, ConfigKeys.DEFAULT_JUDGE_BATCH_SIZE));
        }

        public PersonaEvaluation build() {
            return new PersonaEvaluation(settings());
        }

        private EvaluationSettings settings() {
            return new EvaluationSettings(judges, exemplars, limit, executor, progress, aggregator, batchSize,
                    agentTimeout, mutants, swapWith, driftDrop);
        }
    }
}
