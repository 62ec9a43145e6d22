package io.github.personagym.services;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.evaluation.ExemplarSource;
import io.github.personagym.generation.SuiteGenerator;
import dev.langchain4j.model.chat.ChatModel;
import io.github.personagym.Persona;
import io.github.personagym.PersonaAgent;
import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.Configuration;
import io.github.personagym.environment.EnvironmentPool;
import io.github.personagym.generation.ExemplarGenerator;
import io.github.personagym.judge.ExemplarSimilarityJudge;
import io.github.personagym.judge.Judge;
import io.github.personagym.judge.LlmRubricJudge;
import io.github.personagym.llm.Mode;
import io.github.personagym.llm.ModelAccess;
import io.github.personagym.llm.ModelSpec;
import io.github.personagym.task.TaskCatalog;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What configuration names, built once for the engine and the Jupiter extension alike: judges from
 * {@value ConfigKeys#JUDGES} (the offline judge when unset, or in offline mode), the generator from
 * {@value ConfigKeys#GENERATOR}, the persona-playing model from {@value ConfigKeys#AGENT}, each behind one
 * {@link ModelAccess} (recordings, retries, usage); and the task catalogue and environment pool, with the
 * files of {@value ConfigKeys#TASKS_FILE} and {@value ConfigKeys#ENVIRONMENTS_FILE} applied. Both front ends
 * run on these services; tests hand a run scripted ones instead.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ConfiguredServices implements GymServices {

    private final Configuration configuration;
    private final ModelAccess access;
    private final Optional<ModelSpec> generatorSpec;
    private final Optional<ChatModel> generator;
    private final JudgeSettings judgeSettings;
    private final EnvironmentPool environments;
    private List<Judge> judges;
    private TaskCatalog tasks;

    public ConfiguredServices(Configuration configuration) {
        this(configuration, System.getenv());
    }

    /** As configuration names them, with the providers' variables ({@code OPENAI_API_KEY}, …) from {@code environment}. */
    public ConfiguredServices(Configuration configuration, Map<String, String> environment) {
        this.configuration = configuration;
        this.access = ModelAccess.from(configuration, environment);
        this.generatorSpec = configuration.get(ConfigKeys.GENERATOR).map(spec -> ModelSpec.parse(spec, ConfigKeys.GENERATOR, configuration));
        this.generator = generatorSpec.filter(spec -> !spec.isOffline()).flatMap(access::model);
        this.judgeSettings = new JudgeSettings(configuration, access);
        this.environments = configuredEnvironments(configuration);
    }

    /** Every model call of the run goes through this: its usage meter counts calls and tokens. */
    public ModelAccess access() {
        return access;
    }

    /**
     * The judges of the ensemble, never empty; made once.
     *
     * @throws IllegalStateException naming the judge that cannot be used and how to configure it
     */
    @Override
    public synchronized List<Judge> judges() {
        if (judges == null) {
            judges = judgeSettings.specs().stream().map(this::judge).toList();
        }
        return judges;
    }

    /** The judges of the run and why: specs, their sources, errors and notes (see {@link JudgesInForce}). */
    @Override
    public JudgesInForce judgesInForce() {
        return judgeSettings.inForce();
    }

    private Judge judge(ModelSpec spec) {
        if (spec.isOffline() || access.mode() == Mode.OFFLINE) {
            return new ExemplarSimilarityJudge();
        }
        Optional<String> unreachable = judgeSettings.unreachable(spec);
        if (unreachable.isPresent()) {
            return new UnreachableJudge(spec.toString(), judgeSettings.pointer(spec));
        }
        ChatModel model = access.model(spec).orElseThrow(() -> new IllegalStateException(
                "Judge " + spec + " cannot be used: " + access.unavailableReason(spec).orElse("not configured")));
        return new LlmRubricJudge(model, spec.toString(), LlmRubricJudge.Options.from(configuration));
    }

    /** The built-in tasks, with the tasks file applied; made once. */
    @Override
    public synchronized TaskCatalog tasks() {
        if (tasks == null) {
            TaskCatalog builtIn = TaskCatalog.builtIn();
            tasks = configuration.get(ConfigKeys.TASKS_FILE).map(file -> builtIn.withTasksFrom(Path.of(file)))
                    .orElse(builtIn);
        }
        return tasks;
    }

    /** The environment pool: PersonaGym's 150, or the configured file's, plus any added file's; read once. */
    @Override
    public EnvironmentPool environments() {
        return environments;
    }

    private static EnvironmentPool configuredEnvironments(Configuration configuration) {
        EnvironmentPool pool = configuration.get(ConfigKeys.ENVIRONMENTS_FILE)
                .map(file -> EnvironmentPool.fromFile(Path.of(file))).orElse(EnvironmentPool.defaultPool());
        return configuration.get(ConfigKeys.ENVIRONMENTS_ADD_FILE)
                .map(file -> pool.withAdded(EnvironmentPool.fromFile(Path.of(file)).names())).orElse(pool);
    }

    /** Makes exemplars with the generator; makes none when no generator is configured. */
    @Override
    public ExemplarSource exemplars() {
        if (generator.isEmpty()) {
            return ExemplarSource.none();
        }
        var exemplars = new ExemplarGenerator(generator.get(), generatorSpec(),
                ExemplarGenerator.Options.from(configuration));
        return (persona, task, questions) -> {
            Map<String, String> texts = new LinkedHashMap<>();
            questions.forEach(q -> texts.put(q.key(), q.text()));
            return exemplars.generate(persona, task, texts).exemplars();
        };
    }

    /** The suite generator, when a generator model is configured. */
    @Override
    public Optional<SuiteGenerator> suiteGenerator() {
        return generator.map(model -> new SuiteGenerator(model, generatorSpec(),
                configuration.getInt(ConfigKeys.QUESTIONS_PER_TASK, ConfigKeys.DEFAULT_QUESTIONS_PER_TASK),
                configuration.getInt(ConfigKeys.ENVIRONMENTS_PER_PERSONA, ConfigKeys.DEFAULT_ENVIRONMENTS_PER_PERSONA),
                configuration.getInt(ConfigKeys.GENERATOR_MAX_ATTEMPTS, ConfigKeys.DEFAULT_GENERATOR_MAX_ATTEMPTS),
                configuration.getInt(ConfigKeys.CONVERSATION_TURNS, ConfigKeys.DEFAULT_CONVERSATION_TURNS)));
    }

    /** Why there is no suite generator, for skip messages. */
    @Override
    public String whyNoGenerator() {
        return generatorSpec.map(spec -> spec + " cannot be used: " + access.unavailableReason(spec).orElse("?"))
                .orElse("run once with -D" + ConfigKeys.GENERATOR + "=openai:gpt-4o-mini and OPENAI_API_KEY set (or "
                        + "another provider's), then review and commit the suite it writes; or write the suite by hand "
                        + "(docs/suites.md)");
    }

    /** The generator's spec, as recorded in suites; {@code none} without one. */
    @Override
    public String generatorSpec() {
        return generatorSpec.map(ModelSpec::toString).orElse("none");
    }

    /**
     * A model playing the persona, when {@value ConfigKeys#AGENT} names one: a {@link io.github.personagym.ConversationalAgent}
     * that sends the persona as the system message and a conversation's earlier turns as chat messages.
     */
    @Override
    public Optional<PersonaAgent> modelAgent(Persona persona) {
        return configuration.get(ConfigKeys.AGENT).map(spec -> ModelSpec.parse(spec, ConfigKeys.AGENT, configuration)).flatMap(access::model)
                .map(model -> new ModelPlayedPersona(model, persona));
    }

    /** Why there is no model agent, for skip messages. */
    @Override
    public String whyNoModelAgent() {
        return configuration.get(ConfigKeys.AGENT).map(spec -> ModelSpec.parse(spec, ConfigKeys.AGENT, configuration))
                .map(spec -> spec + " cannot play the persona: " + access.unavailableReason(spec).orElse("?"))
                .orElse("no agent: persona files run without a test class are played by the model named in "
                        + ConfigKeys.AGENT + " (e.g. -D" + ConfigKeys.AGENT + "=openai:gpt-4o-mini)");
    }

    @Override
    public List<String> outages() {
        return access.outages();
    }
}
