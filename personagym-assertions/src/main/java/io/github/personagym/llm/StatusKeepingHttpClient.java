package io.github.personagym.llm;

import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The HTTP client we hand to LangChain4j's model clients. LangChain4j's JDK client drops the headers of an
 * error response (its {@code HttpException} has the status and body only), so {@code Retry-After} would be
 * lost; this one throws a {@link ProviderHttpException} that keeps it (and OpenAI's {@code retry-after-ms}).
 * It sees every reply, so it hands the provider's limit headers to the provider's {@link ProviderPacer}, and
 * each request waits there for room under those limits before it is sent. A connection that cannot be made
 * is a {@link ProviderConnectException} naming the host. Non-streaming calls only. The JDK client underneath is
 * the provider's, shared by its models ({@link ProviderPacer#httpClient}).
 */
final class StatusKeepingHttpClient implements HttpClient {

    private final java.net.http.HttpClient http;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final ProviderPacer pacer;

    private StatusKeepingHttpClient(Duration connectTimeout, Duration readTimeout, ProviderPacer pacer) {
        this.http = pacer.httpClient(connectTimeout);
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.pacer = pacer;
    }

    static Builder builder(Duration timeout, ProviderPacer pacer) {
        return new Builder(pacer).connectTimeout(timeout).readTimeout(timeout);
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        java.net.http.HttpRequest jdkRequest = toJdk(request);
        long sent = 0;
        try {
            ProviderPacer.Ticket ticket = pacer.hold(promptTokens(request));
            sent = System.nanoTime();
            HttpResponse<String> response = http.send(jdkRequest, BodyHandlers.ofString());
            pacer.observe(ticket, response.headers()::firstValue);
            if (response.statusCode() < 200 || response.statusCode() >= 300) {
                throw new ProviderHttpException(response.statusCode(), response.body(),
                        response.headers().firstValue("Retry-After"), retryAfterMillis(response));
            }
            return SuccessfulHttpResponse.builder()
                    .statusCode(response.statusCode())
                    .headers(response.headers().map())
                    .body(response.body())
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the model", e);
        } catch (IOException e) {
            if (sent != 0 && ClosedConnectionException.closedAtOnce(e, sent, System.nanoTime())) {
                throw new ClosedConnectionException(e);
            }
            throw unchecked(jdkRequest, e);
        }
    }

    /** About how many tokens the request's prompt is, as the limits count them: a quarter of its characters. */
    private static long promptTokens(HttpRequest request) {
        return request.body() == null ? 0 : request.body().length() / 4;
    }

    private static OptionalLong retryAfterMillis(HttpResponse<?> response) {
        return response.headers().firstValue("retry-after-ms").map(String::strip).filter(v -> v.matches("\\d{1,15}"))
                .map(v -> OptionalLong.of(Long.parseLong(v))).orElse(OptionalLong.empty());
    }

    private RuntimeException unchecked(java.net.http.HttpRequest request, IOException error) {
        if (ProviderConnectException.isConnectFailure(error)) {
            return ProviderConnectException.of(request.uri(), error, connectTimeout);
        }
        if (error instanceof HttpTimeoutException) {
            return new TimeoutException(error);
        }
        return new UncheckedIOException(error);
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        listener.onError(new UnsupportedOperationException("PersonaGym makes no streaming calls"));
    }

    private java.net.http.HttpRequest toJdk(HttpRequest request) {
        if (!request.formDataFields().isEmpty() || !request.formDataFiles().isEmpty()) {
            throw new UnsupportedOperationException("PersonaGym sends no form data");
        }
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url()))
                .timeout(readTimeout)
                .method(request.method().name(), Optional.ofNullable(request.body())
                        .map(BodyPublishers::ofString)
                        .orElseGet(BodyPublishers::noBody));
        request.headers().forEach((name, values) -> {
            if (values != null) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    static final class Builder implements HttpClientBuilder {

        private final ProviderPacer pacer;
        private Duration connectTimeout = Duration.ofSeconds(60);
        private Duration readTimeout = Duration.ofSeconds(60);

        private Builder(ProviderPacer pacer) {
            this.pacer = pacer;
        }

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        @Override
        public Builder connectTimeout(Duration timeout) {
            if (timeout != null) {
                this.connectTimeout = timeout;
            }
            return this;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        @Override
        public Builder readTimeout(Duration timeout) {
            if (timeout != null) {
                this.readTimeout = timeout;
            }
            return this;
        }

        @Override
        public HttpClient build() {
            return new StatusKeepingHttpClient(connectTimeout, readTimeout, pacer);
        }
    }
}
