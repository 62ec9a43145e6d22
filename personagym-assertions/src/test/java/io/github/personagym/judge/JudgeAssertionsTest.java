package io.github.personagym.judge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.personagym.assertions.PersonaGymAssertions.assertThat;
import static io.github.personagym.judge.JudgeFixtures.CAPTAIN;
import static io.github.personagym.judge.JudgeFixtures.HABITS;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code assertThat(judge.judge(...)).hasScoreAtLeast(n)} with an LLM judge (scripted server) and the offline judge. */
class JudgeAssertionsTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final ScoreExemplars EXEMPLARS = new ScoreExemplars(List.of(
            "As an AI, I can offer some general suggestions about weather safety.",
            "I suppose we should go back, the weather seems bad.",
            "We should head back to port; the weather is turning.",
            "Reel in, lads, we're heading home before that squall hits.",
            "Belay that grumbling and reel in, every last one of ye! Green sky means a blow; I'll take the helm."),
            "hand-written");
    private static final Answer IN_CHARACTER = Answer.of("q1", "The sky turns green. What do you do?",
            "Belay your moaning and reel in, the lot of ye! A green sky means a blow; I'll take the helm.", EXEMPLARS);

    @Test
    void anLlmJudgesVerdictMeetsTheAssertion() {
        server.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody(OpenAiStub.completion(OpenAiStub.fixture("scripted/verdict-item-1-score-5.json")))));
        var judge = LlmRubricJudge.of(OpenAiStub.model(server, "gpt-4o-mini"), "openai:gpt-4o-mini");

        assertThat(judge.judge(CAPTAIN, HABITS, IN_CHARACTER)).hasScoreAtLeast(4);
    }

    @Test
    void theOfflineJudgesVerdictMeetsTheAssertion() {
        assertThat(new ExemplarSimilarityJudge().judge(CAPTAIN, HABITS, IN_CHARACTER)).hasScoreAtLeast(4);
    }

    @Test
    void aFailedJudgeCallFailsTheAssertionWithTheError() {
        server.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(500)));
        var judge = LlmRubricJudge.of(OpenAiStub.model(server, "gpt-4o-mini"), "openai:gpt-4o-mini");

        assertThatThrownBy(() -> assertThat(judge.judge(CAPTAIN, HABITS, IN_CHARACTER)).hasScoreAtLeast(4))
                .isInstanceOf(AssertionError.class).hasMessageContaining("openai:gpt-4o-mini");
    }
}
