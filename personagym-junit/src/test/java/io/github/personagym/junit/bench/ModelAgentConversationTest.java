package io.github.personagym.junit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.personagym.ConversationalAgent;
import io.github.personagym.Persona;
import io.github.personagym.Turn;
import io.github.personagym.config.Configuration;
import io.github.personagym.services.ConfiguredServices;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model playing the persona ({@code personagym.agent}) sends a conversation's earlier turns as chat messages of
 * their roles, checked in the requests the local scripted OpenAI-compatible server received.
 */
class ModelAgentConversationTest {

    @TempDir
    Path folder;

    @Test
    void theEarlierTurnsGoAsUserAndAssistantMessagesBeforeTheNewMessage() throws Exception {
        Persona captain = Persona.of("captain", "A retired sea captain.");
        try (var server = FakeModelServer.start(Duration.ZERO, FakeModelServer.Faults.none()).capturingExchanges()) {
            var models = new ConfiguredServices(Configuration.of(GymRun.engineConfiguration(server, folder)), Map.of());
            ConversationalAgent agent = ConversationalAgent.of(models.modelAgent(captain).orElseThrow());

            String reply = agent.reply(List.of(Turn.user("Is the tide in?"), Turn.persona("Full flood, lad.")),
                    "Then do we sail?");

            assertThat(reply).startsWith("Scripted answer");
            JsonNode messages = ScriptedModel.JSON.readTree(server.exchanges().get(0).request()).path("messages");
            List<String> roles = new ArrayList<>();
            List<String> contents = new ArrayList<>();
            messages.forEach(m -> {
                roles.add(m.path("role").asText());
                contents.add(m.path("content").asText());
            });
            assertThat(roles).containsExactly("system", "user", "assistant", "user");
            assertThat(contents.subList(1, 4)).containsExactly("Is the tide in?", "Full flood, lad.", "Then do we sail?");
            assertThat(contents.get(0)).startsWith(GymRun.AGENT_INSTRUCTION).contains("A retired sea captain.");
        }
    }

    @Test
    void aSingleQuestionIsTheSystemMessageAndTheQuestion() throws Exception {
        Persona captain = Persona.of("captain", "A retired sea captain.");
        try (var server = FakeModelServer.start(Duration.ZERO, FakeModelServer.Faults.none()).capturingExchanges()) {
            var models = new ConfiguredServices(Configuration.of(GymRun.engineConfiguration(server, folder)), Map.of());

            models.modelAgent(captain).orElseThrow().answer("Where are we bound?");

            JsonNode messages = ScriptedModel.JSON.readTree(server.exchanges().get(0).request()).path("messages");
            assertThat(messages).hasSize(2);
            assertThat(messages.get(1).path("content").asText()).isEqualTo("Where are we bound?");
        }
    }
}
