package io.github.personagym.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;


/**
 * Every configuration key of PersonaGym, declared once. Keys are read, in this order of precedence, from
 * JVM system properties, the JUnit configuration ({@code junit-platform.properties}, launcher parameters),
 * and environment variables (the key upper-cased, with dots and dashes as underscores:
 * {@code personagym.judge.batch-size} is {@code PERSONAGYM_JUDGE_BATCH_SIZE}).
 *
 * <p>Each key is documented in {@code docs/configuration.md}; a test keeps the two in step.
 */
@API(status = INTERNAL, since = "0.1")
public final class ConfigKeys {

    private ConfigKeys() {
    }

    /** Key prefix of every PersonaGym configuration key. */
    public static final String PREFIX = "personagym.";

    /**
     * Judge models, comma-separated model specs (two or more make an ensemble), e.g.
     * {@code openai:gpt-4o-mini,anthropic:claude-3-5-haiku-latest}. Default: {@code offline} when no provider
     * is configured.
     */
    public static final String JUDGES = "personagym.judges";

    /** The model that selects environments and writes questions and score exemplars. No default. */
    public static final String GENERATOR = "personagym.generator";

    /** The model that plays a persona discovered without an agent class. No default. */
    public static final String AGENT = "personagym.agent";

    /** {@code auto} (default), {@code live}, {@code record}, {@code replay} or {@code offline}. */
    public static final String MODE = "personagym.mode";

    /**
     * The project folder that relative paths of the other keys (suites, recordings, reports, baseline) are relative
     * to. Default: the working directory (under Maven, the module's folder); set it when the console launcher starts
     * elsewhere.
     */
    public static final String PROJECT_DIR = "personagym.project.dir";

    /** Folder of recorded model exchanges. Default {@value #DEFAULT_RECORDINGS_DIR}. */
    public static final String RECORDINGS_DIR = "personagym.recordings.dir";
    public static final String DEFAULT_RECORDINGS_DIR = "src/test/resources/personagym/recordings";
    /**
     * {@code true} deletes, at the end of the run, the recordings the run neither read nor wrote (left behind by a
     * changed agent or suite). Use it on a run of every test that uses the folder. Default false.
     */
    public static final String RECORDINGS_PRUNE = "personagym.recordings.prune";

    /**
     * Named OpenAI-compatible endpoints, for several servers at once (OpenAI for one judge, a vLLM, Together or Groq
     * server for another): {@code personagym.endpoints.<name>.base-url} (required) and
     * {@code personagym.endpoints.<name>.api-key-env} (the environment variable that holds its key; none for a server
     * that takes no key). A spec {@code <name>:<model>} then names a model of that endpoint. A name is lower-case
     * letters, digits and dashes, and not a provider's name.
     */
    public static final String ENDPOINTS = "personagym.endpoints.";
    static final java.util.regex.Pattern ENDPOINT_KEY =
            java.util.regex.Pattern.compile("personagym\\.endpoints\\.([a-z][a-z0-9-]*)\\.(base-url|api-key-env)");
    static final java.util.regex.Pattern ENDPOINT_VARIABLE =
            java.util.regex.Pattern.compile("PERSONAGYM_ENDPOINTS_([A-Z][A-Z0-9_]*)_(BASE_URL|API_KEY_ENV)");
    /** Provider names, which name the provider in a spec and so cannot name an endpoint. */
    static final java.util.Set<String> RESERVED_ENDPOINT_NAMES =
            java.util.Set.of("openai", "anthropic", "gemini", "ollama", "offline");

    /**
     * The endpoint a key or its environment form belongs to ({@code personagym.endpoints.groq.base-url} and
     * {@code PERSONAGYM_ENDPOINTS_GROQ_BASE_URL} → {@code groq}); empty for any other key. An environment form
     * names the endpoint in capitals with underscores for dashes, so {@code groq} and {@code my-vllm} are found as
     * {@code groq} and {@code my-vllm}.
     */
    public static java.util.Optional<String> endpointName(String key) {
        var property = ENDPOINT_KEY.matcher(key);
        if (property.matches()) {
            return java.util.Optional.of(property.group(1));
        }
        var variable = ENDPOINT_VARIABLE.matcher(key);
        return variable.matches()
                ? java.util.Optional.of(variable.group(1).toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                : java.util.Optional.empty();
    }

    /** The base-URL key of endpoint {@code name}. */
    public static String endpointBaseUrl(String name) {
        return ENDPOINTS + name + ".base-url";
    }

    /** The key naming the environment variable that holds endpoint {@code name}'s API key. */
    public static String endpointApiKeyEnv(String name) {
        return ENDPOINTS + name + ".api-key-env";
    }

    /** Whether {@code key} is a named endpoint's key, e.g. {@code personagym.endpoints.groq.base-url}. */
    public static boolean isEndpointKey(String key) {
        return endpointName(key).filter(name -> !RESERVED_ENDPOINT_NAMES.contains(name)).isPresent();
    }

    /** Base URL of the OpenAI API or of any OpenAI-compatible server. Default: {@code OPENAI_BASE_URL}, else OpenAI's. */
    public static final String OPENAI_BASE_URL = "personagym.openai.base-url";
    /** OpenAI API key. Default: the environment's {@code OPENAI_API_KEY}. */
    public static final String OPENAI_API_KEY = "personagym.openai.api-key";
    /** Anthropic base URL. Default: Anthropic's. */
    public static final String ANTHROPIC_BASE_URL = "personagym.anthropic.base-url";
    /** Anthropic API key. Default: the environment's {@code ANTHROPIC_API_KEY}. */
    public static final String ANTHROPIC_API_KEY = "personagym.anthropic.api-key";
    /** Gemini base URL. Default: Google's. */
    public static final String GEMINI_BASE_URL = "personagym.gemini.base-url";
    /** Gemini API key. Default: the environment's {@code GEMINI_API_KEY}, else {@code GOOGLE_API_KEY}. */
    public static final String GEMINI_API_KEY = "personagym.gemini.api-key";
    /** Ollama base URL. Default {@value #DEFAULT_OLLAMA_BASE_URL} (or the environment's {@code OLLAMA_HOST}). */
    public static final String OLLAMA_BASE_URL = "personagym.ollama.base-url";
    public static final String DEFAULT_OLLAMA_BASE_URL = "http://localhost:11434";

    /**
     * The longest an agent may take to answer one question, as seconds or an ISO-8601 duration. Past it the question
     * fails with "the agent did not answer in …", the agent's thread is interrupted and abandoned, and the rest of
     * the run goes on. Default {@code 120} seconds.
     */
    public static final String AGENT_TIMEOUT = "personagym.agent.timeout";
    public static final java.time.Duration DEFAULT_AGENT_TIMEOUT = java.time.Duration.ofSeconds(120);

    /** Timeout of one model call, as an ISO-8601 duration or seconds. Default 60 s. */
    public static final String TIMEOUT = "personagym.timeout";
    /** Attempts per model call, the first included. Default 4. */
    public static final String MAX_ATTEMPTS = "personagym.retry.max-attempts";
    public static final int DEFAULT_MAX_ATTEMPTS = 4;
    /**
     * The longest a run waits when a provider asks it to ({@code Retry-After}), as seconds or an ISO-8601
     * duration. A provider that asks for longer fails the rest of its calls at once, with one message naming
     * this key. Default 5 minutes.
     */
    public static final String RETRY_MAX_WAIT = "personagym.retry.max-wait";
    public static final java.time.Duration DEFAULT_RETRY_MAX_WAIT = java.time.Duration.ofMinutes(5);
    /** Times an unparseable judge reply is asked again. Default 2. */
    public static final String JUDGE_REPARSE_ATTEMPTS = "personagym.judge.reparse-attempts";
    public static final int DEFAULT_JUDGE_REPARSE_ATTEMPTS = 2;
    /**
     * {@code true} (default): judges ask for a JSON-schema response format; {@code false}: a strict plain-text
     * verdict format, for OpenAI-compatible servers that do not support {@code response_format}.
     */
    public static final String JUDGE_STRUCTURED_OUTPUT = "personagym.judge.structured-output";
    /**
     * Answers scored per judge call. Default {@value #DEFAULT_JUDGE_BATCH_SIZE}, as in the paper; 1 for one answer per
     * call.
     */
    public static final String JUDGE_BATCH_SIZE = "personagym.judge.batch-size";
    public static final int DEFAULT_JUDGE_BATCH_SIZE = 5;
    /** Questions per exemplar call. Default 5, as in the paper. */
    public static final String EXEMPLAR_BATCH_SIZE = "personagym.exemplars.batch-size";
    public static final int DEFAULT_EXEMPLAR_BATCH_SIZE = 5;

    /**
     * How often the generator is asked again for questions or environments it left out or wrote unusably, per task.
     * Default {@value #DEFAULT_GENERATOR_MAX_ATTEMPTS}. (Retries of failed calls are {@link #MAX_ATTEMPTS}.)
     */
    public static final String GENERATOR_MAX_ATTEMPTS = "personagym.generator.max-attempts";
    public static final int DEFAULT_GENERATOR_MAX_ATTEMPTS = 4;
    /** Questions generated per task. Default 10, as in the paper. */
    public static final String QUESTIONS_PER_TASK = "personagym.questions-per-task";
    public static final int DEFAULT_QUESTIONS_PER_TASK = 10;
    /** Environments the generator selects for a persona. Default 10. */
    public static final String ENVIRONMENTS_PER_PERSONA = "personagym.environments-per-persona";
    public static final int DEFAULT_ENVIRONMENTS_PER_PERSONA = 10;
    /** Folder of suites (generated questions and exemplars). Default {@value #DEFAULT_SUITE_DIR}. */
    public static final String SUITE_DIR = "personagym.suite.dir";
    public static final String DEFAULT_SUITE_DIR = "src/test/resources/personagym";
    /**
     * A YAML file of custom tasks, or of built-in tasks with other wording (see {@code docs/method.md}). Default:
     * none, the five built-in tasks.
     */
    public static final String TASKS_FILE = "personagym.tasks.file";
    /** A file of environment names (one per line, or a YAML list) that replaces the default pool of 150. */
    public static final String ENVIRONMENTS_FILE = "personagym.environments.file";
    /** A file of environment names added to the pool. */
    public static final String ENVIRONMENTS_ADD_FILE = "personagym.environments.add-file";

    /** {@code true} makes every suite anew. Default false. */
    public static final String SUITE_REGENERATE = "personagym.suite.regenerate";
    /**
     * Answers and verdicts in flight at once, and the most model calls in flight per provider (an adaptive
     * limit: halved on bursts of 429, grown back by one after sustained success). Default
     * {@value #DEFAULT_CONCURRENCY}.
     */
    public static final String CONCURRENCY = "personagym.concurrency";
    public static final int DEFAULT_CONCURRENCY = 8;
    /**
     * Token budget of a run, counted from the tokens providers report (replays are free); once spent, no
     * further calls are made and they fail with a message naming this key. Default: none.
     */
    public static final String BUDGET_TOKENS = "personagym.budget.tokens";

    /**
     * {@code true} judges persona mutants: broken agents derived from the agent under test (another persona's
     * answers, an AI disclaimer, one word, one sentence, an insult appended, a generic assistant answer), each
     * judged like the agent on a sample of questions, and reported as caught or survived. Default false.
     */
    public static final String MUTANTS = "personagym.mutants";
    /** {@code true}: a surviving mutant fails the persona's "mutants caught" check. Default false (a warning). */
    public static final String MUTANTS_REQUIRED = "personagym.mutants.required";
    /** Questions per task each mutant kind is judged on. Default {@value #DEFAULT_MUTANTS_QUESTIONS}. */
    public static final String MUTANTS_QUESTIONS = "personagym.mutants.questions";
    public static final int DEFAULT_MUTANTS_QUESTIONS = 2;

    /**
     * The personas a run evaluates: ids or globs, comma-separated ({@code librarian}, {@code pirate-*,captain}); the
     * others are left out of the run, and one line says which. Default: every persona.
     */
    public static final String PERSONAS = "personagym.personas";

    /**
     * The folder of the PersonaGym benchmark's question files as the reference repository publishes them (one JSON
     * file per persona, named by its description), for a {@code @PersonaGymTest} class whose agent plays the
     * benchmark's personas. Default: none.
     */
    public static final String BENCHMARK_DIR = "personagym.benchmark.dir";
    /**
     * Which benchmark personas a run takes: a count ({@code 10}: a sample drawn with {@value #BENCHMARK_SEED}), or
     * ids or globs, comma-separated. Default: every persona of the folder.
     */
    public static final String BENCHMARK_PERSONAS = "personagym.benchmark.personas";
    /** The seed of the benchmark sample that a count in {@value #BENCHMARK_PERSONAS} draws. Default 240718416. */
    public static final String BENCHMARK_SEED = "personagym.benchmark.seed";
    public static final long DEFAULT_BENCHMARK_SEED = 240_718_416L;
    /**
     * {@code i/n}: the run takes shard {@code i} of {@code n} (1 ≤ i ≤ n) of its personas, chosen by a hash of the
     * persona id, so a persona is always in the same shard and the {@code n} shards share out every persona. Default:
     * every persona.
     */
    public static final String SHARD = "personagym.shard";

    /**
     * The persona attributes a run is sliced by, comma-separated ({@code age,country}): the PersonaScore of the run's
     * personas per value of each attribute, with intervals, and the gaps between groups that the intervals do not
     * explain, in the console summary and the reports. Default: none, no slices.
     */
    public static final String SLICES = "personagym.slices";
    /**
     * The largest flagged gap between two groups' mean PersonaScores (0 to 4) that does not fail the build: with it,
     * the engine adds one test per sliced attribute that fails on a flagged gap larger than this (the Jupiter
     * extension fails the run when it closes its gym). Default: none, a flagged gap is reported and never fails.
     */
    public static final String SLICES_MAX_GAP = "personagym.slices.max-gap";
    /**
     * The fewest scored personas a group needs to be compared with the others; smaller groups are reported and never
     * compared. At least 2. Default {@value #DEFAULT_SLICES_MIN_GROUP}.
     */
    public static final String SLICES_MIN_GROUP = "personagym.slices.min-group";
    public static final int DEFAULT_SLICES_MIN_GROUP = 5;
    /**
     * User turns of the conversation the suite generator writes for each task of kind conversation. Default
     * {@value #DEFAULT_CONVERSATION_TURNS}.
     */
    public static final String CONVERSATION_TURNS = "personagym.conversation.turns";
    public static final int DEFAULT_CONVERSATION_TURNS = 8;

    /** PersonaScore threshold applied when neither the persona nor the annotation sets one. Default none. */
    public static final String MIN_PERSONA_SCORE = "personagym.threshold.persona-score";
    /**
     * The largest fall of a conversation task's score from its early turns to its late turns, in rubric points: a
     * drift below minus this value fails the task's drift check. Default {@value #DEFAULT_DRIFT_DROP}.
     */
    public static final String DRIFT_DROP = "personagym.threshold.drift-drop";
    public static final double DEFAULT_DRIFT_DROP = 1.0;

    /**
     * Prices that turn token counts into cost in the console summary: {@code spec=prompt/completion} entries,
     * separated by {@code ;}, in US dollars per million tokens (e.g.
     * {@code openai:gpt-4o-mini=0.15/0.60;openai:gpt-4.1-mini=0.40/1.60}). Default: none, no cost shown.
     */
    public static final String PRICES = "personagym.prices";

    /** Folder of reports. Default {@value #DEFAULT_REPORT_DIR}. */
    public static final String REPORT_DIR = "personagym.report.dir";
    public static final String DEFAULT_REPORT_DIR = "target/personagym";
    /**
     * {@code true}: in a Surefire or Failsafe fork, each run writes its report under {@code <report dir>/forks/} and
     * every run of the same Surefire execution is merged into the report folder, so that {@code forkCount > 1} gives
     * one report of all; {@code false}: each run writes the report folder itself (the last one wins). Default
     * {@value #DEFAULT_REPORT_MERGE_FORKS}.
     */
    public static final String REPORT_MERGE_FORKS = "personagym.report.merge-forks";
    public static final boolean DEFAULT_REPORT_MERGE_FORKS = true;
    /** {@code false} turns progress lines off. Default {@value #DEFAULT_PROGRESS}. */
    public static final String PROGRESS = "personagym.progress";
    public static final boolean DEFAULT_PROGRESS = true;
    /** Baseline file. Default {@value #DEFAULT_BASELINE}. */
    public static final String BASELINE = "personagym.baseline";
    public static final String DEFAULT_BASELINE = "src/test/resources/personagym/baseline.json";
    /**
     * {@code true} writes the baseline from this run, at its end, in one step; an entry is never replaced by one
     * without scores. Default false.
     */
    public static final String BASELINE_UPDATE = "personagym.baseline.update";
    /**
     * Largest drop of a rubric task score or of the PersonaScore (1–5 scale) that is not a regression. Default
     * {@value #DEFAULT_BASELINE_TOLERANCE}.
     */
    public static final String BASELINE_TOLERANCE = "personagym.baseline.tolerance";
    public static final double DEFAULT_BASELINE_TOLERANCE = 0.25;
    /**
     * Largest drop of a judge-free task's metric (accuracy, ROUGE-L F1; 0–1 scale) that is not a regression. Default
     * {@value #DEFAULT_BASELINE_METRIC_TOLERANCE}: about the share of its scale that {@value #DEFAULT_BASELINE_TOLERANCE}
     * is of 1–5 (0.25 / 4 = 0.0625), rounded down, so that of 20 questions one more wrong answer (0.05) is within it
     * and two are not. As for rubric scores, a drop counts only when the baseline also lies above the metric's 95%
     * interval in this run.
     */
    public static final String BASELINE_METRIC_TOLERANCE = "personagym.baseline.metric-tolerance";
    public static final double DEFAULT_BASELINE_METRIC_TOLERANCE = 0.05;
}
