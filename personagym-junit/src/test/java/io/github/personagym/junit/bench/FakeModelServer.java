package io.github.personagym.junit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local OpenAI-compatible chat-completions server on 127.0.0.1 (the JDK's HTTP server, one thread per
 * request), answering with {@link ScriptedModel} after a set latency, and injecting faults where asked.
 * Which fault a request meets is chosen from a hash of its body and of how often that body was seen, so a
 * run meets the same faults every time. It counts requests by kind and the peak in flight.
 */
final class FakeModelServer implements AutoCloseable {

    /** One request of a given kind as received, with the status and body of the reply sent. */
    record Exchange(ScriptedModel.Kind kind, String request, int status, String reply) {
    }

    /** What can go wrong with a request. */
    enum Fault { NONE, RATE_LIMITED, SERVER_ERROR, GARBLED, TIMEOUT, TRUNCATED }

    /**
     * Fault rates, each a fraction of requests; {@code garbled} applies to judge requests only.
     *
     * @param hang how long a request that times out is held before its (late) reply
     */
    record Faults(double rateLimited, double serverError, double garbled, double timeout, double truncated,
                  Duration hang) {

        static Faults none() {
            return new Faults(0, 0, 0, 0, 0, Duration.ZERO);
        }

        Fault pick(String bodyHash, int attempt, ScriptedModel.Kind kind) {
            double u = Math.floorMod(ScriptedModel.hash(bodyHash + "#" + attempt), 1_000_000) / 1_000_000.0;
            double[] bands = {rateLimited, serverError, kind == ScriptedModel.Kind.JUDGE ? garbled : 0, timeout, truncated};
            Fault[] faults = {Fault.RATE_LIMITED, Fault.SERVER_ERROR, Fault.GARBLED, Fault.TIMEOUT, Fault.TRUNCATED};
            double edge = 0;
            for (int i = 0; i < bands.length; i++) {
                edge += bands[i];
                if (u < edge) {
                    return faults[i];
                }
            }
            return Fault.NONE;
        }
    }

    static {
        // Two defaults of the JDK's server that no provider shares, set before its first use in this JVM:
        // - Nagle's algorithm is on (sun.net.httpserver.nodelay=false): a reply's headers and body go out as two
        //   writes, so the body waits for the client's delayed acknowledgement, about 40 ms on Linux. Measured:
        //   each call held its slot 134-142 ms for a 102 ms stay at the server, so the benchmark's bound
        //   (calls x latency / concurrency) could not be approached whatever the client did.
        // - at most 200 idle connections are kept (sun.net.httpserver.maxIdleConnections), each further one closed
        //   as soon as its reply is sent; runs of a benchmark that leave their clients' pools behind pass that
        //   number, and the clients keep meeting connections closed under them.
        setIfAbsent("sun.net.httpserver.nodelay", "true");
        setIfAbsent("sun.net.httpserver.maxIdleConnections", "10000");
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "fake-model-server");
        thread.setDaemon(true);
        return thread;
    });
    private final Duration latency;
    private final Faults faults;
    private final Optional<OpenAiRateLimit> rateLimit;
    private final Optional<Duration> quotaSpent;
    private final AtomicLong refused = new AtomicLong();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final Map<ScriptedModel.Kind, AtomicLong> byKind = new EnumMap<>(ScriptedModel.Kind.class);
    private final Map<Fault, AtomicLong> byFault = new EnumMap<>(Fault.class);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    private final List<String> authorizations = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<Exchange> exchanges = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean capturing;
    private volatile long resetAt = System.nanoTime();
    private final java.util.Queue<long[]> spans = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private FakeModelServer(Duration latency, Faults faults, Optional<OpenAiRateLimit> rateLimit,
                            Optional<Duration> quotaSpent) throws IOException {
        this.latency = latency;
        this.faults = faults;
        this.rateLimit = rateLimit;
        this.quotaSpent = quotaSpent;
        for (ScriptedModel.Kind kind : ScriptedModel.Kind.values()) {
            byKind.put(kind, new AtomicLong());
        }
        for (Fault fault : Fault.values()) {
            byFault.put(fault, new AtomicLong());
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    static FakeModelServer start(Duration latency, Faults faults) {
        return start(latency, faults, Optional.empty(), Optional.empty());
    }

    /** A server that allows {@code perSecond} requests a second and says so as OpenAI does (see {@link OpenAiRateLimit}). */
    static FakeModelServer rateLimited(Duration latency, int perSecond) {
        return start(latency, Faults.none(), Optional.of(new OpenAiRateLimit(perSecond)), Optional.empty());
    }

    /** A server whose quota is spent: every request is refused with 429 and {@code Retry-After} in whole seconds. */
    static FakeModelServer quotaSpent(Duration retryAfter) {
        return start(Duration.ZERO, Faults.none(), Optional.empty(), Optional.of(retryAfter));
    }

    private static FakeModelServer start(Duration latency, Faults faults, Optional<OpenAiRateLimit> rateLimit,
                                         Optional<Duration> quotaSpent) {
        try {
            return new FakeModelServer(latency, faults, rateLimit, quotaSpent);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    long requests() {
        return byKind.values().stream().mapToLong(AtomicLong::get).sum();
    }

    long requests(ScriptedModel.Kind kind) {
        return byKind.get(kind).get();
    }

    long faults(Fault fault) {
        return byFault.get(fault).get();
    }

    /** Requests refused by the rate limit (429), counted in {@link #requests()} too. */
    long refused() {
        return refused.get();
    }

    int peakInFlight() {
        return peak.get();
    }

    /** The Authorization headers received, to check that the configured key was sent. */
    List<String> authorizations() {
        return authorizations;
    }

    /** Keeps every exchange from now on (off by default: a benchmark's thousands of bodies would weigh). */
    FakeModelServer capturingExchanges() {
        capturing = true;
        return this;
    }

    /** The exchanges kept since {@link #capturingExchanges()}, in the order their replies were sent. */
    List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    /** Arrival and reply times (System.nanoTime) of the requests handled since the last reset. */
    List<long[]> spans() {
        return List.copyOf(spans);
    }

    /** When the counters were last reset (System.nanoTime). */
    long resetAt() {
        return resetAt;
    }

    void resetCounters() {
        resetAt = System.nanoTime();
        spans.clear();
        byKind.values().forEach(counter -> counter.set(0));
        byFault.values().forEach(counter -> counter.set(0));
        refused.set(0);
        peak.set(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (auth != null && authorizations.size() < 10) {
                authorizations.add(auth);
            }
            JsonNode request = ScriptedModel.JSON.readTree(body);
            ScriptedModel.Kind kind = ScriptedModel.kind(request);
            byKind.get(kind).incrementAndGet();
            if (quotaSpent.isPresent()) {
                refused.incrementAndGet();
                exchange.getResponseHeaders().add("Retry-After", Long.toString(quotaSpent.get().toSeconds()));
                send(exchange, 429, "{\"error\":{\"message\":\"You exceeded your current quota (scripted)\","
                        + "\"type\":\"insufficient_quota\"}}");
                return;
            }
            if (rateLimit.isPresent() && !rateLimit.get().take(ScriptedModel.allText(request).length() / 4,
                    exchange.getResponseHeaders()).accepted()) {
                refused.incrementAndGet();
                send(exchange, 429, "{\"error\":{\"message\":\"Rate limit reached for requests (scripted)\","
                        + "\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}");
                return;
            }
            String bodyHash = Integer.toHexString(ScriptedModel.hash(new String(body, StandardCharsets.UTF_8)));
            int attempt = attempts.computeIfAbsent(bodyHash, k -> new AtomicInteger()).incrementAndGet();
            Fault fault = faults.pick(bodyHash, attempt, kind);
            byFault.get(fault).incrementAndGet();
            sleep(fault == Fault.TIMEOUT ? latency.plus(faults.hang()) : latency);
            respond(exchange, fault, kind, request, auth, new String(body, StandardCharsets.UTF_8));
        } catch (RuntimeException | IOException e) {
            // The client went away (a timeout) or the reply was cut on purpose; nothing more to send.
        } finally {
            inFlight.decrementAndGet();
            spans.add(new long[] {arrived, System.nanoTime()});
        }
    }

    private void respond(HttpExchange exchange, Fault fault, ScriptedModel.Kind kind, JsonNode request, String auth,
                         String body) throws IOException {
        switch (fault) {
            case RATE_LIMITED -> {
                exchange.getResponseHeaders().add("Retry-After", "0");
                send(exchange, 429, "{\"error\":{\"message\":\"scripted rate limit\"}}");
            }
            case SERVER_ERROR -> send(exchange, 500, ScriptedModel.json(Map.of("error", Map.of("message",
                    "scripted server error; an indiscreet server echoes the request's " + auth))));
            case GARBLED -> send(exchange, 200, completion(request, "{\"verdicts\": [ {\"id\": one, \"score\": \"five"));
            case TRUNCATED -> {
                byte[] whole = completion(request, ScriptedModel.reply(kind, request)).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, whole.length);
                OutputStream out = exchange.getResponseBody();
                out.write(whole, 0, whole.length / 2);
                out.flush();
                throw new IOException("reply cut on purpose");
            }
            default -> {
                String reply = completion(request, ScriptedModel.reply(kind, request));
                if (capturing) {
                    exchanges.add(new Exchange(kind, body, 200, reply));
                }
                send(exchange, 200, reply);
            }
        }
    }

    /** A reply as OpenAI's chat completions send it ({@code refusal} and {@code logprobs} are always there). */
    private static String completion(JsonNode request, String content) {
        long prompt = ScriptedModel.allText(request).length() / 4;
        long completion = content.length() / 4;
        Map<String, Object> message = new java.util.LinkedHashMap<>();
        message.put("role", "assistant");
        message.put("content", content);
        message.put("refusal", null);
        Map<String, Object> choice = new java.util.LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("message", message);
        choice.put("logprobs", null);
        choice.put("finish_reason", "stop");
        return ScriptedModel.json(Map.of(
                "id", "chatcmpl-scripted", "object", "chat.completion", "created", 1_700_000_000,
                "model", request.path("model").asText("scripted"),
                "choices", List.of(choice),
                "usage", Map.of("prompt_tokens", prompt, "completion_tokens", completion,
                        "total_tokens", prompt + completion)));
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void sleep(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
