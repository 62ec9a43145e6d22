package io.github.personagym.junit.bench;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import io.github.personagym.Persona;
import io.github.personagym.PersonaAgent;
import io.github.personagym.config.Configuration;
import io.github.personagym.generation.ExemplarGenerator;
import io.github.personagym.judge.Judge;
import io.github.personagym.judge.LlmRubricJudge;
import io.github.personagym.evaluation.EvaluationResult;
import io.github.personagym.evaluation.ExemplarSource;
import io.github.personagym.evaluation.PersonaEvaluation;
import io.github.personagym.suite.Suite;
import io.github.personagym.suite.SuiteFile;
import io.github.personagym.llm.ModelAccess;
import io.github.personagym.llm.ModelSpec;
import io.github.personagym.llm.UsageMeter;
import io.github.personagym.task.TaskCatalog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import io.github.personagym.evaluation.CallSlots;

/**
 * Runs personas from their saved suites through the real stack, all at once: {@link ModelAccess} clients
 * for two judges ({@code openai:judge-a}, {@code openai:judge-b}), the exemplar generator
 * ({@code openai:generator}) and a model-backed agent ({@code openai:agent}, asked as the engine asks it), an
 * {@link LlmRubricJudge} per judge, an {@link ExemplarGenerator}, and one {@link PersonaEvaluation} with a
 * limit shared by all personas. Suites that gained exemplars are written back.
 */
final class GymRun {

    /**
     * The engine's configuration for a whole run against {@code server} in auto mode: generator, two judges and the
     * model agent, with suites, reports, baseline and recordings in {@code folder}, 2 questions per task and 2
     * environments, no progress lines.
     */
    static java.util.Map<String, String> engineConfiguration(FakeModelServer server, java.nio.file.Path folder) {
        java.util.Map<String, String> config = new java.util.HashMap<>(Settings.of(server.baseUrl(),
                folder.resolve("recordings"), "auto", 8).configuration());
        config.put("personagym.generator", GENERATOR);
        config.put("personagym.judges", JUDGE_A + "," + JUDGE_B);
        config.put("personagym.agent", AGENT);
        config.put("personagym.suite.dir", folder.resolve("suites").toString());
        config.put("personagym.report.dir", folder.resolve("reports").toString());
        config.put("personagym.baseline", folder.resolve("baseline.json").toString());
        config.put("personagym.questions-per-task", "2");
        config.put("personagym.environments-per-persona", "2");
        config.put("personagym.progress", "false");
        return config;
    }

    static final String JUDGE_A = "openai:judge-a";
    static final String JUDGE_B = "openai:judge-b";
    static final String GENERATOR = "openai:generator";
    static final String AGENT = "openai:agent";
    /** The engine's instruction to a model agent; the same words make the same recordings. */
    static final String AGENT_INSTRUCTION = "Play this character and stay in character in every reply.\n";
    /*
     * The gym's shared limit is twice the provider's: the model layer's limit is the one that bounds calls,
     * and work waiting at it keeps it full while other work holds a gym slot for recording and parsing.
     */
    static final int GYM_LIMIT_FACTOR = 2;

    /**
     * @param agentVariant empty for the agent as the engine asks it; a text to put before its instruction
     *                     makes a changed agent
     * @param personaThreads personas evaluated at once
     * @param workThreads    threads of the evaluations, empty for each to start its own
     */
    record Settings(Map<String, String> configuration, int concurrency, Optional<String> agentVariant,
                    int personaThreads, Optional<Integer> workThreads) {

        static Settings of(String baseUrl, Path recordings, String mode, int concurrency) {
            Map<String, String> config = new HashMap<>();
            config.put("personagym.openai.base-url", baseUrl);
            config.put("personagym.openai.api-key", "sk-bench-not-a-real-key-0000");
            config.put("personagym.recordings.dir", recordings.toString());
            config.put("personagym.mode", mode);
            config.put("personagym.concurrency", Integer.toString(concurrency));
            return new Settings(config, concurrency, Optional.empty(), Integer.MAX_VALUE, Optional.empty());
        }

        Settings with(String key, String value) {
            Map<String, String> config = new HashMap<>(configuration);
            config.put(key, value);
            return new Settings(config, concurrency, agentVariant, personaThreads, workThreads);
        }

        Settings changedAgent(String variant) {
            return new Settings(configuration, concurrency, Optional.of(variant), personaThreads, workThreads);
        }

        Settings threads(int personas, int work) {
            return new Settings(configuration, concurrency, agentVariant, personas, Optional.of(work));
        }
    }

    /**
     * What a run did: results per persona (in input order), usage per model spec, wall time, and the CPU time
     * the whole JVM used meanwhile (every thread, the local server's too when it runs in this JVM).
     */
    record Outcome(List<EvaluationResult> results, Map<String, UsageMeter.Usage> usage, UsageMeter.Usage total,
                   Duration wall, Duration cpu) {

        long calls(String spec) {
            return usage.getOrDefault(spec, UsageMeter.Usage.NONE).calls();
        }
    }

    private GymRun() {
    }

    static Outcome run(Settings settings, List<Path> suiteFiles, List<Persona> personas) {
        ModelAccess access = ModelAccess.from(Configuration.of(settings.configuration()));
        List<Judge> judges = List.of(judge(access, JUDGE_A), judge(access, JUDGE_B));
        var generator = new ExemplarGenerator(model(access, GENERATOR), GENERATOR, ExemplarGenerator.Options.defaults());
        ExemplarSource exemplars = (persona, task, questions) -> {
            Map<String, String> texts = new LinkedHashMap<>();
            questions.forEach(q -> texts.put(q.key(), q.text()));
            return generator.generate(persona, task, texts).exemplars();
        };
        ChatModel agentModel = model(access, AGENT);
        Optional<ExecutorService> work = settings.workThreads().map(Executors::newFixedThreadPool);
        var builder = PersonaEvaluation.builder(judges).exemplars(exemplars)
                .limit(new CallSlots(GYM_LIMIT_FACTOR * settings.concurrency())).batchSize(5);
        work.ifPresent(builder::executor);
        PersonaEvaluation evaluation = builder.build();
        ExecutorService personaThreads = Executors.newFixedThreadPool(Math.min(settings.personaThreads(), personas.size()));
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        try {
            List<CompletableFuture<EvaluationResult>> runs = new ArrayList<>();
            for (int i = 0; i < personas.size(); i++) {
                Persona persona = personas.get(i);
                Path suiteFile = suiteFiles.get(i);
                runs.add(CompletableFuture.supplyAsync(() -> evaluate(evaluation, persona, suiteFile,
                        agent(agentModel, persona, settings.agentVariant())), personaThreads));
            }
            List<EvaluationResult> results = runs.stream().map(CompletableFuture::join).toList();
            Duration wall = Duration.ofNanos(System.nanoTime() - start);
            Duration cpu = Duration.ofNanos(processCpuNanos() - cpuStart);
            if (Boolean.getBoolean("bench.timeline")) {
                System.out.printf(java.util.Locale.ROOT, "  (System.nanoTime from %d to %d; ends at %s)%n", start, System.nanoTime(), java.time.Instant.now());
            }
            return new Outcome(results, access.usage().bySpec(), access.usage().total(), wall, cpu);
        } finally {
            personaThreads.shutdownNow();
            work.ifPresent(ExecutorService::shutdownNow);
        }
    }

    /** CPU time of this JVM so far, all threads (0 where the platform does not say). */
    static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private static EvaluationResult evaluate(PersonaEvaluation evaluation, Persona persona, Path suiteFile,
                                             PersonaAgent agent) {
        Suite suite = SuiteFile.read(suiteFile).orElseThrow();
        EvaluationResult result = evaluation.run(persona, TaskCatalog.builtIn().all(), suite, agent);
        if (result.exemplarsAdded()) {
            SuiteFile.write(result.suite(), suiteFile);
        }
        return result;
    }

    static PersonaAgent agent(ChatModel model, Persona persona, Optional<String> variant) {
        String instruction = variant.map(v -> v + "\n").orElse("") + AGENT_INSTRUCTION + persona.profile();
        return question -> model.chat(ChatRequest.builder()
                .messages(SystemMessage.from(instruction), UserMessage.from(question))
                .build()).aiMessage().text();
    }

    private static Judge judge(ModelAccess access, String spec) {
        return new LlmRubricJudge(model(access, spec), spec, LlmRubricJudge.Options.defaults());
    }

    private static ChatModel model(ModelAccess access, String spec) {
        return access.model(ModelSpec.parse(spec)).orElseThrow(() -> new IllegalStateException(
                access.unavailableReason(ModelSpec.parse(spec)).orElse(spec + " unavailable")));
    }
}
