package io.github.personagym.llm;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/** Model access against a WireMock server serving SCRIPTED OpenAI replies, and calls made all at once. */
final class WireMockCalls {

    private WireMockCalls() {
    }

    static ModelAccess access(WireMockExtension server, Map<String, String> extra) {
        Map<String, String> config = new HashMap<>(Map.of(
                "personagym.mode", "live",
                "personagym.openai.base-url", server.baseUrl() + "/v1",
                "personagym.openai.api-key", Fixtures.FAKE_KEY));
        config.putAll(extra);
        return new ModelAccess(Fixtures.config(config), Fixtures::noEnvironment, new Fixtures.RecordingSleeper(),
                Fixtures.CLOCK);
    }

    /** Makes {@code count} calls released together; each result is the reply text or the exception. */
    static List<Object> atOnce(int count, Function<Integer, ChatModel> models, Function<Integer, String> questions) {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            var start = new CountDownLatch(1);
            List<CompletableFuture<Object>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                calls.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    try {
                        ChatResponse response = models.apply(n).chat(Fixtures.question(questions.apply(n)));
                        return response.aiMessage().text();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }, threads));
            }
            start.countDown();
            return calls.stream().map(CompletableFuture::join).toList();
        } finally {
            threads.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
