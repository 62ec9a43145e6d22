package io.github.personagym.llm;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.Configuration;
import io.github.personagym.llm.ModelSpec.Provider;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * The one door to models. For a {@link ModelSpec} it assembles, from the outside in: the recordings folder
 * ({@link Mode}); one call for identical requests in flight at once; the token budget
 * ({@value ConfigKeys#BUDGET_TOKENS}); usage accounting; retries that honour {@code Retry-After}; the
 * provider's adaptive concurrency limit ({@value ConfigKeys#CONCURRENCY}); the provider's circuit breaker;
 * and the provider's LangChain4j client, whose requests wait for room under the limits the provider's replies
 * report ({@link ProviderPacer}). Replays therefore cost no budget and take no slot; the limit sits
 * inside the retries, so that it sees every 429 and a call waiting out a backoff holds no slot; the circuit
 * sits inside the limit, so that a call that waited for a slot is checked when it gets one. One instance per
 * run, so that all models share one {@link UsageMeter}, one budget, one limit and one circuit per provider.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ModelAccess {

    private static final Set<Capability> STRUCTURED_OUTPUT = Set.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
    /** Successes in a row after which a provider's limit grows by one. */
    static final int SUCCESSES_TO_GROW = 10;
    /**
     * Attempts in a row that could not connect after which a provider's circuit opens for the run: more than
     * one call's attempts ({@link RetryPolicy#DEFAULT_MAX_ATTEMPTS}), few enough that a dead endpoint fails
     * the run in seconds.
     */
    static final int CONNECTION_FAILURES_TO_OPEN = 5;

    private final Configuration configuration;
    private final Function<String, Optional<String>> environment;
    private final Mode mode;
    private final Redaction redaction;
    private final RecordingStore recordings;
    private final UsageMeter usage = new UsageMeter();
    private final Sleeper sleeper;
    private final Clock clock;
    private final RetryPolicy retryPolicy;
    private final Optional<TokenBudget> budget;
    private final int concurrency;
    private final Map<String, AdaptiveLimit> limits = new ConcurrentHashMap<>();
    private final Map<String, ProviderCircuit> circuits = new ConcurrentHashMap<>();
    private final Map<String, ProviderPacer> pacers = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<ChatResponse>> inFlight = new ConcurrentHashMap<>();

    ModelAccess(Configuration configuration, Function<String, Optional<String>> environment, Sleeper sleeper,
            Clock clock) {
        this.configuration = configuration;
        this.environment = environment;
        this.mode = Mode.from(configuration);
        this.redaction = Redaction.of(configuration, environment);
        this.recordings = RecordingStore.from(configuration, redaction);
        this.sleeper = sleeper;
        this.clock = clock;
        this.retryPolicy = RetryPolicy.from(configuration);
        this.budget = TokenBudget.from(configuration);
        this.concurrency = configuration.getInt(ConfigKeys.CONCURRENCY, ConfigKeys.DEFAULT_CONCURRENCY);
        if (concurrency < 1) {
            throw new IllegalArgumentException(ConfigKeys.CONCURRENCY + " must be at least 1, got " + concurrency);
        }
    }

    /** Model access as {@code configuration} (and the providers' environment variables) describe it. */
    public static ModelAccess from(Configuration configuration) {
        return from(configuration, System.getenv());
    }

    /**
     * Model access as {@code configuration} describes it, with the providers' usual variables
     * ({@code OPENAI_API_KEY}, {@code OLLAMA_HOST}, …) read from {@code environment}.
     */
    public static ModelAccess from(Configuration configuration, Map<String, String> environment) {
        return new ModelAccess(configuration,
                name -> Optional.ofNullable(environment.get(name)).filter(value -> !value.isBlank()),
                Sleeper.REAL, Clock.systemUTC());
    }

    public Mode mode() {
        return mode;
    }

    public UsageMeter usage() {
        return usage;
    }

    public RecordingStore recordings() {
        return recordings;
    }

    /** The run's redaction: the API keys this configuration and environment hold, and key shapes. */
    public Redaction redaction() {
        return redaction;
    }

    /** Whether calls to {@code spec} may reach its provider in this mode. */
    public boolean canCall(ModelSpec spec) {
        if (spec.isOffline() || !mode.callsProviders()) {
            return false;
        }
        boolean configured = settings(spec).configured();
        return configured || (spec.provider() == Provider.OLLAMA && mode != Mode.AUTO);
    }

    /**
     * The model for {@code spec}: calling its provider when {@link #canCall} allows, else answering from
     * recordings only (in {@code auto}, {@code replay} and {@code offline} mode). Empty for {@code offline}
     * and for an unconfigured provider in {@code live} or {@code record} mode; {@link #unavailableReason} says why.
     */
    public Optional<ChatModel> model(ModelSpec spec) {
        if (spec.isOffline()) {
            return Optional.empty();
        }
        if (canCall(spec)) {
            return Optional.of(recording(Optional.of(live(spec)), spec));
        }
        return mode == Mode.LIVE || mode == Mode.RECORD ? Optional.empty() : Optional.of(recording(Optional.empty(), spec));
    }

    /** Why {@link #model} gives nothing for {@code spec}, if it does. */
    public Optional<String> unavailableReason(ModelSpec spec) {
        if (spec.isOffline()) {
            return Optional.of("'offline' is the in-process judge, not a chat model");
        }
        if (model(spec).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("Cannot call " + spec + " in " + mode.name().toLowerCase(Locale.ROOT)
                + " mode: " + spec.route() + " is not configured; " + settings(spec).howToConfigure());
    }

    /**
     * Why no call to {@code spec} of the kind whose system message is {@code systemMessage} can be answered in
     * this run, when that is so: the model answers from recordings only (its provider is not configured, or
     * the mode calls none) and the recordings folder holds no such exchange answered by {@code spec}. The
     * reason names what to set, the provider's environment variable first.
     */
    public Optional<String> unreachable(ModelSpec spec, String systemMessage) {
        if (spec.isOffline() || canCall(spec) || model(spec).isEmpty()
                || recordings.firstAnsweredBy(systemMessage, spec.toString()::equals).isPresent()) {
            return Optional.empty();
        }
        ProviderSettings settings = settings(spec);
        String none = " and " + recordings.directory() + " holds no recorded call of it";
        if (mode.callsProviders()) {
            return Optional.of(spec + " cannot be reached: " + settings.variable() + " is not set" + none
                    + ". Set " + settings.whatToSet());
        }
        return Optional.of(spec + " cannot be reached: " + ConfigKeys.MODE + "=" + mode.name().toLowerCase(Locale.ROOT)
                + " calls no model" + none + ". Record its calls once, with " + settings.whatToSet() + " set and "
                + ConfigKeys.MODE + "=auto, then commit " + recordings.directory());
    }

    /**
     * Why providers are out of reach for the rest of this run, one message per provider whose circuit opened:
     * its endpoint could not be connected to, or it asked for a longer wait than the run waits. Empty when
     * every provider can still be called.
     */
    public List<String> outages() {
        return circuits.values().stream().flatMap(circuit -> circuit.outage().stream()).sorted().toList();
    }

    /** The provider's usual environment variable for {@code spec}, e.g. {@code OPENAI_API_KEY}. */
    public String providerVariable(ModelSpec spec) {
        return settings(spec).variable();
    }

    /**
     * Puts a model the user built behind the same recordings, accounting and retries. {@code label} names it
     * in recordings and messages and goes into the recordings' keys, so keep it stable.
     */
    public ChatModel wrap(ChatModel model, String label) {
        Optional<ChatModel> inner = mode.callsProviders()
                ? Optional.of(calls(model, new Route("custom:" + label, "custom", label, label,
                        "the model passed as '" + label + "'", ""), Secrets.none()))
                : Optional.empty();
        return new RecordingChatModel(inner, "custom", label, label, mode, recordings, usage,
                model.supportedCapabilities());
    }

    private ChatModel live(ModelSpec spec) {
        ProviderSettings settings = settings(spec);
        String provider = spec.route();
        ChatModel client = ChatModels.create(spec, configuration, environment, pacers.computeIfAbsent(provider,
                key -> new ProviderPacer(sleeper, clock, retryPolicy.maxWait())));
        return calls(client, new Route(provider, provider, spec.model(), spec.toString(), settings.endpoint(),
                settings.endpointSetting()), new Secrets(settings.apiKey().stream().toList()));
    }

    /**
     * How calls of one model are routed: the key of the limit and circuit they share with the provider's other
     * models, the provider and model of their recordings' keys, the label in messages, and where the provider
     * is called (and what sets that), for the circuit's messages.
     */
    private record Route(String sharedKey, String provider, String model, String label, String endpoint,
                         String endpointSetting) {
    }

    /** Dedup → budget → metering → retries → the route's limit → its circuit → {@code client}. */
    private ChatModel calls(ChatModel client, Route route, Secrets secrets) {
        ProviderCircuit circuit = circuits.computeIfAbsent(route.sharedKey(), key -> new ProviderCircuit(key,
                route.endpoint(), route.endpointSetting(), CONNECTION_FAILURES_TO_OPEN));
        ChatModel guarded = new CircuitBreakingChatModel(client, circuit, retryPolicy, clock);
        ChatModel limited = new LimitedChatModel(guarded, limit(route.sharedKey()), retryPolicy, clock);
        ChatModel retrying = new RetryingChatModel(limited, route.label(), retryPolicy, secrets, sleeper, clock,
                () -> ThreadLocalRandom.current().nextDouble());
        ChatModel metered = new MeteredChatModel(retrying, route.label(), usage);
        ChatModel budgeted = budget.<ChatModel>map(tokens -> new BudgetedChatModel(metered, tokens)).orElse(metered);
        return new DeduplicatingChatModel(budgeted, route.provider(), route.model(), inFlight);
    }

    /** The adaptive limit shared by every model of one provider (or one custom model). */
    AdaptiveLimit limit(String key) {
        return limits.computeIfAbsent(key, ignored -> new AdaptiveLimit(concurrency, SUCCESSES_TO_GROW, System::nanoTime));
    }

    private ChatModel recording(Optional<ChatModel> live, ModelSpec spec) {
        return new RecordingChatModel(live, spec.route(), spec.model(), spec.toString(), mode, recordings,
                usage, STRUCTURED_OUTPUT, "no provider is configured for " + spec + ": set "
                        + settings(spec).whatToSet());
    }

    private ProviderSettings settings(ModelSpec spec) {
        return ProviderSettings.resolve(spec, configuration, environment);
    }
}
