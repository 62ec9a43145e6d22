package io.github.personagym.generation;

import io.github.personagym.judge.Answer;
import io.github.personagym.judge.JudgeFixtures;
import io.github.personagym.judge.LlmRubricJudge;
import io.github.personagym.judge.OpenAiStub;
import io.github.personagym.judge.Verdict;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.personagym.judge.JudgeFixtures.CAPTAIN;
import static io.github.personagym.judge.JudgeFixtures.HABITS;
import static io.github.personagym.judge.OpenAiStub.completion;
import static io.github.personagym.judge.OpenAiStub.fixture;
import static io.github.personagym.judge.OpenAiStub.userText;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Score exemplars written in one call for five questions and carried, whole, into the judge's prompt. */
class ExemplarGeneratorOpenAiTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final String CHAT = "/v1/chat/completions";

    private static Map<String, String> fiveQuestions() {
        var questions = new LinkedHashMap<String, String>();
        questions.put("night-squall", "What do you do when a squall hits at night?");
        questions.put("new-deckhand", "How do you greet a new deckhand?");
        questions.put("cruise-ships", "What do you think of cruise ships?");
        questions.put("first-command", "Tell me about your first command.");
        questions.put("calm-sunday", "How do you spend a calm Sunday?");
        return questions;
    }

    @Test
    void exemplarsForFiveQuestionsComeFromOneCallAndReachTheJudgePromptWhole() {
        server.stubFor(post(CHAT).withRequestBody(matchingJsonPath("$.model", equalTo("generator")))
                .willReturn(okJson(completion(fixture("scripted/exemplars-five-questions.json")))));
        server.stubFor(post(CHAT).withRequestBody(matchingJsonPath("$.model", equalTo("judge")))
                .willReturn(okJson(completion(fixture("scripted/verdicts-five.json")))));
        var generator = new ExemplarGenerator(OpenAiStub.model(server, "generator"), "openai:generator",
                ExemplarGenerator.Options.defaults());

        var result = generator.generate(CAPTAIN, HABITS, fiveQuestions());

        assertThat(result.isComplete()).isTrue();
        assertThat(result.exemplars().keySet()).containsExactlyElementsOf(fiveQuestions().keySet());
        assertThat(result.forQuestion("cruise-ships").orElseThrow().forScore(4))
                .isEqualTo("Scripted exemplar q3 score 4: Reef her down and keep her head to wind, that's all.");
        assertThat(result.forQuestion("calm-sunday").orElseThrow().generator()).isEqualTo("openai:generator");
        assertThat(server.findAll(postRequestedFor(urlEqualTo(CHAT)))).hasSize(1);
        String generatorPrompt = userText(server.findAll(postRequestedFor(urlEqualTo(CHAT))).get(0));
        fiveQuestions().values().forEach(q -> assertThat(generatorPrompt).containsOnlyOnce(q));
        assertThat(generatorPrompt).containsOnlyOnce(JudgeFixtures.CRITERION_1);

        var answers = new ArrayList<Answer>();
        fiveQuestions().forEach((key, question) -> answers.add(Answer.of(key, question,
                "Scripted agent answer to " + key, result.forQuestion(key).orElseThrow())));
        var judge = LlmRubricJudge.of(OpenAiStub.model(server, "judge"), "openai:judge");
        assertThat(judge.judge(CAPTAIN, HABITS, answers)).allMatch(Verdict::isScored);

        var requests = server.findAll(postRequestedFor(urlEqualTo(CHAT)));
        String judgePrompt = userText(requests.get(requests.size() - 1));
        result.exemplars().values().forEach(exemplars -> exemplars.byScore()
                .forEach(text -> assertThat(judgePrompt).containsOnlyOnce(text)));
    }
}
