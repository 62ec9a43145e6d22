package io.github.personagym.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import io.github.personagym.config.Configuration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test fixtures: scripted provider replies under src/test/resources/llm, requests, a recording sleeper. */
final class Fixtures {

    static final String FAKE_KEY = "sk-test-DISTINCTIVE-fake-key-0123456789";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T12:00:00Z"), ZoneOffset.UTC);

    private Fixtures() {
    }

    static String resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/llm/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource /llm/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ChatRequest question(String text) {
        return ChatRequest.builder()
                .messages(List.of(SystemMessage.from("You are a retired sea captain."), UserMessage.from(text)))
                .temperature(0.0)
                .build();
    }

    static Configuration config(Map<String, String> values) {
        return Configuration.of(values);
    }

    static Optional<String> noEnvironment(String name) {
        return Optional.empty();
    }

    /** Remembers every wait instead of waiting. */
    static final class RecordingSleeper implements Sleeper {
        final List<Duration> waits = new CopyOnWriteArrayList<>();

        @Override
        public void sleep(Duration duration) {
            waits.add(duration);
        }
    }
}
