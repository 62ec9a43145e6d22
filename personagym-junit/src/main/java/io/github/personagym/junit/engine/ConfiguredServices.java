package io.github.personagym.junit.engine;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import io.github.personagym.Persona;
import io.github.personagym.PersonaAgent;
import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.Configuration;
import io.github.personagym.environment.EnvironmentPool;
import io.github.personagym.judge.ExemplarGenerator;
import io.github.personagym.judge.ExemplarSimilarityJudge;
import io.github.personagym.judge.Judge;
import io.github.personagym.judge.LlmRubricJudge;
import io.github.personagym.junit.gym.ExemplarSource;
import io.github.personagym.junit.gym.SuiteGenerator;
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
 * The engine's services as configuration names them: judges from {@code personagym.judges} (the offline
 * judge when no provider is configured), the generator from {@code personagym.generator}, the persona-playing
 * model from {@code personagym.agent}; every model behind {@link ModelAccess} (recording, metering, retries).
 */
final class ConfiguredServices implements GymServices {

    private final Configuration configuration;
    private final ModelAccess access;
    private List<Judge> judges;
    private TaskCatalog tasks;
    private final Optional<ModelSpec> generatorSpec;
    private final Optional<ChatModel> generator;

    ConfiguredServices(Configuration configuration) {
        this.configuration = configuration;
        this.access = ModelAccess.from(configuration);
        this.generatorSpec = configuration.get(ConfigKeys.GENERATOR).map(ModelSpec::parse);
        this.generator = generatorSpec.filter(spec -> !spec.isOffline()).flatMap(access::model);
    }

    ModelAccess access() {
        return access;
    }

    private List<Judge> judgesFromConfiguration() {
        List<ModelSpec> specs = configuration.get(ConfigKeys.JUDGES).map(ModelSpec::parseList)
                .orElse(List.of(ModelSpec.OFFLINE));
        return specs.stream().map(this::judge).toList();
    }

    private Judge judge(ModelSpec spec) {
        if (spec.isOffline() || access.mode() == Mode.OFFLINE) {
            return new ExemplarSimilarityJudge();
        }
        ChatModel model = access.model(spec).orElseThrow(() -> new IllegalStateException(
                "Judge " + spec + " cannot be used: " + access.unavailableReason(spec).orElse("not configured")));
        return new LlmRubricJudge(model, spec.toString(), LlmRubricJudge.Options.from(configuration));
    }

    @Override
    public synchronized TaskCatalog tasks() {
        if (tasks == null) {
            TaskCatalog builtIn = TaskCatalog.builtIn();
            tasks = configuration.get(ConfigKeys.TASKS_FILE).map(file -> builtIn.withTasksFrom(Path.of(file)))
                    .orElse(builtIn);
        }
        return tasks;
    }

    @Override
    public EnvironmentPool environments() {
        EnvironmentPool pool = configuration.get(ConfigKeys.ENVIRONMENTS_FILE)
                .map(file -> EnvironmentPool.fromFile(Path.of(file))).orElse(EnvironmentPool.defaultPool());
        return configuration.get(ConfigKeys.ENVIRONMENTS_ADD_FILE)
                .map(file -> pool.withAdded(EnvironmentPool.fromFile(Path.of(file)).names())).orElse(pool);
    }

    @Override
    public synchronized List<Judge> judges() {
        if (judges == null) {
            judges = judgesFromConfiguration();
        }
        return judges;
    }

    @Override
    public ExemplarSource exemplars() {
        if (generator.isEmpty()) {
            return (persona, task, questions) -> Map.of();
        }
        var exemplars = new ExemplarGenerator(generator.get(), generatorSpec(),
                ExemplarGenerator.Options.from(configuration));
        return (persona, task, questions) -> {
            Map<String, String> texts = new LinkedHashMap<>();
            questions.forEach(q -> texts.put(q.key(), q.text()));
            return exemplars.generate(persona, task, texts).exemplars();
        };
    }

    @Override
    public Optional<SuiteGenerator> suiteGenerator() {
        return generator.map(model -> new SuiteGenerator(model, generatorSpec(),
                configuration.getInt(ConfigKeys.QUESTIONS_PER_TASK, 10),
                configuration.getInt(ConfigKeys.ENVIRONMENTS_PER_PERSONA, 10),
                configuration.getInt(ConfigKeys.MAX_ATTEMPTS, 4)));
    }

    @Override
    public String whyNoGenerator() {
        return generatorSpec.map(spec -> spec + " cannot be used: " + access.unavailableReason(spec).orElse("?"))
                .orElse("set " + ConfigKeys.GENERATOR + " (e.g. openai:gpt-4o-mini) with a provider key, "
                        + "or commit a suite file");
    }

    @Override
    public String generatorSpec() {
        return generatorSpec.map(ModelSpec::toString).orElse("none");
    }

    @Override
    public Optional<PersonaAgent> modelAgent(Persona persona) {
        return configuration.get(ConfigKeys.AGENT).map(ModelSpec::parse).flatMap(access::model)
                .map(model -> question -> model.chat(ChatRequest.builder()
                        .messages(SystemMessage.from("Play this character and stay in character in every reply.\n"
                                + persona.profile()), UserMessage.from(question))
                        .build()).aiMessage().text());
    }

    @Override
    public String whyNoModelAgent() {
        return configuration.get(ConfigKeys.AGENT).map(ModelSpec::parse)
                .map(spec -> spec + " cannot play the persona: " + access.unavailableReason(spec).orElse("?"))
                .orElse("no agent: persona files run without a test class are played by the model named in "
                        + ConfigKeys.AGENT + " (e.g. -D" + ConfigKeys.AGENT + "=openai:gpt-4o-mini)");
    }
}
