package io.github.personagym.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.github.personagym.Persona;
import io.github.personagym.Task;
import io.github.personagym.judge.Answer;
import io.github.personagym.judge.LlmRubricJudge;
import io.github.personagym.judge.Verdict;
import io.github.personagym.task.TaskCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code personagym.budget.tokens}: once spent, no call is made, and the refusal says how to go on. */
class TokenBudgetTest {

    @RegisterExtension
    static final WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    @TempDir
    Path recordings;

    @BeforeEach
    void scriptedReplyOf30Tokens() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody(Fixtures.resource("scripted/openai-chat-completion.json"))));
    }

    @Test
    void onceTheBudgetIsSpentNoFurtherCallIsMadeAndTheMessageSaysHowToRaiseIt() {
        ChatModel model = WireMockCalls.access(server, Map.of("personagym.budget.tokens", "50"))
                .model(ModelSpec.parse("openai:judge")).orElseThrow();

        model.chat(Fixtures.question("First"));
        model.chat(Fixtures.question("Second"));

        assertThatThrownBy(() -> model.chat(Fixtures.question("Third")))
                .isInstanceOf(BudgetExhaustedException.class)
                .hasMessageContaining("60 of 50 tokens")
                .hasMessageContaining("-Dpersonagym.budget.tokens=100")
                .hasMessageContaining("remove it");
        assertThat(server.getAllServeEvents()).hasSize(2);
    }

    @Test
    void recordedExchangesStillReplayOnceTheBudgetIsSpent() {
        ModelAccess access = WireMockCalls.access(server, Map.of("personagym.budget.tokens", "30",
                "personagym.mode", "auto", "personagym.recordings.dir", recordings.toString()));
        ChatModel model = access.model(ModelSpec.parse("openai:judge")).orElseThrow();
        model.chat(Fixtures.question("Recorded"));

        assertThat(model.chat(Fixtures.question("Recorded")).aiMessage().text()).startsWith("Scripted reply");
        assertThatThrownBy(() -> model.chat(Fixtures.question("New"))).isInstanceOf(BudgetExhaustedException.class);
        assertThat(access.usage().of("openai:judge").replays()).isEqualTo(1);
        assertThat(server.getAllServeEvents()).hasSize(1);
    }

    @Test
    void aJudgeTurnsTheSpentBudgetIntoAnErrorVerdictThatCarriesTheMessage() {
        ChatModel model = WireMockCalls.access(server, Map.of("personagym.budget.tokens", "1"))
                .model(ModelSpec.parse("openai:judge")).orElseThrow();
        model.chat(Fixtures.question("Spends the budget"));
        Task task = TaskCatalog.builtIn().require(Task.LINGUISTIC_HABITS);

        List<Verdict> verdicts = LlmRubricJudge.of(model, "openai:judge").judge(Persona.of("captain",
                "A retired sea captain."), task, List.of(Answer.withoutExemplars("q1", "Ready?", "Aye.")));

        assertThat(verdicts).singleElement().satisfies(verdict -> {
            assertThat(verdict.kind()).isEqualTo(Verdict.Kind.ERROR);
            assertThat(verdict.reasoning()).contains("BudgetExhaustedException", "personagym.budget.tokens");
        });
    }

    @Test
    void aReplyWithoutTokenCountsIsChargedByItsCharacters() {
        ChatResponse response = ChatResponse.builder().aiMessage(AiMessage.from("x".repeat(40))).build();

        long tokens = TokenBudget.tokens(Fixtures.question("y".repeat(100)), response);

        long characters = CanonicalRequest.promptCharacters(Fixtures.question("y".repeat(100))) + 40;
        assertThat(tokens).isEqualTo((characters + 3) / 4);
    }

    @Test
    void aBudgetThatIsNotAWholeNumberIsRejectedNamingTheKey() {
        assertThatThrownBy(() -> TokenBudget.from(Fixtures.config(Map.of("personagym.budget.tokens", "lots"))))
                .hasMessageContaining("personagym.budget.tokens").hasMessageContaining("lots");
    }
}
