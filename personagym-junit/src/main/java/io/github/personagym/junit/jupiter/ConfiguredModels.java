package io.github.personagym.junit.jupiter;

import dev.langchain4j.model.chat.ChatModel;
import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.Configuration;
import io.github.personagym.judge.ExemplarGenerator;
import io.github.personagym.judge.ExemplarSimilarityJudge;
import io.github.personagym.judge.Judge;
import io.github.personagym.judge.LlmRubricJudge;
import io.github.personagym.junit.gym.ExemplarSource;
import io.github.personagym.junit.gym.SuiteGenerator;
import io.github.personagym.llm.Mode;
import io.github.personagym.llm.ModelAccess;
import io.github.personagym.llm.ModelSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The models configuration names, read as the engine reads them: judges from {@value ConfigKeys#JUDGES}
 * (the offline judge when unset, or in offline mode), the generator from {@value ConfigKeys#GENERATOR}, each
 * behind one {@link ModelAccess} (recordings, retries, usage). The engine's own copy of these rules is
 * package-private to it; keep both in step.
 */
final class ConfiguredModels {

    private final Configuration configuration;
    private final ModelAccess access;
    private final Optional<ModelSpec> generatorSpec;
    private final Optional<ChatModel> generator;

    ConfiguredModels(Configuration configuration) {
        this.configuration = configuration;
        this.access = ModelAccess.from(configuration);
        this.generatorSpec = configuration.get(ConfigKeys.GENERATOR).map(ModelSpec::parse);
        this.generator = generatorSpec.filter(spec -> !spec.isOffline()).flatMap(access::model);
    }

    /**
     * The judges of the ensemble, never empty.
     *
     * @throws IllegalStateException naming the judge that cannot be used and how to configure it
     */
    List<Judge> judges() {
        return configuration.get(ConfigKeys.JUDGES).map(ModelSpec::parseList).orElse(List.of(ModelSpec.OFFLINE))
                .stream().map(this::judge).toList();
    }

    private Judge judge(ModelSpec spec) {
        if (spec.isOffline() || access.mode() == Mode.OFFLINE) {
            return new ExemplarSimilarityJudge();
        }
        ChatModel model = access.model(spec).orElseThrow(() -> new IllegalStateException(
                "Judge " + spec + " cannot be used: " + access.unavailableReason(spec).orElse("not configured")));
        return new LlmRubricJudge(model, spec.toString(), LlmRubricJudge.Options.from(configuration));
    }

    /** Makes exemplars with the generator; makes none when no generator is configured. */
    ExemplarSource exemplars() {
        if (generator.isEmpty()) {
            return ExemplarSource.none();
        }
        var exemplars = new ExemplarGenerator(generator.get(), generatorLabel(),
                ExemplarGenerator.Options.from(configuration));
        return (persona, task, questions) -> {
            Map<String, String> texts = new LinkedHashMap<>();
            questions.forEach(q -> texts.put(q.key(), q.text()));
            return exemplars.generate(persona, task, texts).exemplars();
        };
    }

    Optional<SuiteGenerator> suiteGenerator() {
        return generator.map(model -> new SuiteGenerator(model, generatorLabel(),
                configuration.getInt(ConfigKeys.QUESTIONS_PER_TASK, 10),
                configuration.getInt(ConfigKeys.ENVIRONMENTS_PER_PERSONA, 10),
                configuration.getInt(ConfigKeys.MAX_ATTEMPTS, 4)));
    }

    /** Why there is no suite generator, for skip messages. */
    String whyNoGenerator() {
        return generatorSpec.map(spec -> spec + " cannot be used: " + access.unavailableReason(spec).orElse("?"))
                .orElse("set " + ConfigKeys.GENERATOR + " (e.g. openai:gpt-4o-mini) with a provider key, "
                        + "or commit a suite file");
    }

    private String generatorLabel() {
        return generatorSpec.map(ModelSpec::toString).orElse("none");
    }
}
