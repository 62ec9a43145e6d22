package io.github.personagym.judge;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.personagym.judge.JudgeFixtures.CAPTAIN;
import static io.github.personagym.judge.JudgeFixtures.HABITS;
import static io.github.personagym.judge.JudgeFixtures.answers;
import static io.github.personagym.judge.OpenAiStub.completion;
import static io.github.personagym.judge.OpenAiStub.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.personagym.Persona;
import io.github.personagym.Task;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EnsembleJudgeTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    /** A judge that gives fixed scores, one per answer, in order. */
    private record FixedJudge(String id, List<Integer> scores) implements Judge {
        @Override
        public List<Verdict> judge(Persona persona, Task task, List<Answer> answers) {
            return scores.stream().limit(answers.size()).map(s -> Verdict.scored(id, s, "fixed")).toList();
        }
    }

    @Test
    void twoJudgesThroughTheOpenAiClientGiveMeanSpreadAndAlpha() {
        server.stubFor(post("/v1/chat/completions").withRequestBody(matchingJsonPath("$.model", equalTo("judge-a")))
                .willReturn(okJson(completion(fixture("scripted/verdicts-five.json")))));
        server.stubFor(post("/v1/chat/completions").withRequestBody(matchingJsonPath("$.model", equalTo("judge-b")))
                .willReturn(okJson(completion(JudgeFixtures.jsonVerdicts(5, 3, 4, 2, 3)))));
        var ensemble = new EnsembleJudge(List.of(
                LlmRubricJudge.of(OpenAiStub.model(server, "judge-a"), "openai:judge-a"),
                LlmRubricJudge.of(OpenAiStub.model(server, "judge-b"), "openai:judge-b")));

        var judged = ensemble.judgeAll(CAPTAIN, HABITS, "harbour", answers(5));

        // judge-a: 4 3 5 2 4, judge-b: 5 3 4 2 3
        assertThat(judged).extracting(a -> a.score().getAsDouble()).containsExactly(4.5, 3.0, 4.5, 2.0, 3.5);
        assertThat(judged).extracting(a -> a.spread().getAsDouble()).containsExactly(1.0, 0.0, 1.0, 0.0, 1.0);
        assertThat(judged.get(0).verdicts()).extracting(Verdict::judge).containsExactly("openai:judge-a", "openai:judge-b");
        var agreement = Agreement.of(judged.stream().map(JudgedAnswer::verdicts).toList());
        // n1..n5 = 0, 2, 3, 3, 2; Do = 6/10; De = 2*(2*3*1 + 2*3*4 + 2*2*9 + 3*3*1 + 3*2*4 + 3*2*1)/90 = 210/90
        assertThat(agreement.intervalAlpha().getAsDouble()).isCloseTo(1 - 0.6 / (210.0 / 90), within(1e-12));
        assertThat(agreement.meanSpread().getAsDouble()).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void judgesRunConcurrently() throws InterruptedException {
        var bothStarted = new CountDownLatch(2);
        var threads = ConcurrentHashMap.<String>newKeySet();
        Judge waiting = new Judge() {
            @Override
            public String id() {
                return "waiting";
            }

            @Override
            public List<Verdict> judge(Persona persona, Task task, List<Answer> answers) {
                threads.add(Thread.currentThread().getName() + Thread.currentThread().getId());
                bothStarted.countDown();
                try {
                    boolean together = bothStarted.await(5, TimeUnit.SECONDS);
                    return answers.stream().map(a -> together ? Verdict.scored("w", 3, "together")
                            : Verdict.error("w", "ran alone")).toList();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return answers.stream().map(a -> Verdict.error("w", "interrupted")).toList();
                }
            }
        };

        var verdicts = new EnsembleJudge(List.of(waiting, waiting)).judgeEach(CAPTAIN, HABITS, answers(1));

        assertThat(verdicts.get(0)).allMatch(Verdict::isScored);
        assertThat(threads).hasSize(2);
    }

    @Test
    void asAPlainJudgeItGivesTheRoundedMeanAndKeepsEachScoreInTheReasoning() {
        var ensemble = new EnsembleJudge(List.of(new FixedJudge("a", List.of(4, 2)), new FixedJudge("b", List.of(5, 2))),
                Runnable::run);

        var verdicts = ensemble.judge(CAPTAIN, HABITS, answers(2));

        assertThat(ensemble.id()).isEqualTo("ensemble(a,b)");
        assertThat(verdicts).extracting(v -> v.score().getAsInt()).containsExactly(5, 2);
        assertThat(verdicts.get(0).reasoning()).contains("mean 4.50").contains("a: 4").contains("b: 5");
    }

    @Test
    void aJudgeThatFailsOrMiscountsMakesTheAnswerUnscoredNeverAScore() {
        Judge throwing = new Judge() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public List<Verdict> judge(Persona persona, Task task, List<Answer> answers) {
                throw new IllegalStateException("scripted crash");
            }
        };
        var ensemble = new EnsembleJudge(List.of(new FixedJudge("a", List.of(4, 4)), throwing,
                new FixedJudge("short", List.of(3))), Runnable::run);

        var each = ensemble.judgeEach(CAPTAIN, HABITS, answers(2));
        var combined = ensemble.judge(CAPTAIN, HABITS, answers(2));

        assertThat(each.get(0)).extracting(Verdict::kind)
                .containsExactly(Verdict.Kind.SCORED, Verdict.Kind.ERROR, Verdict.Kind.ERROR);
        assertThat(each.get(0).get(1).reasoning()).contains("scripted crash");
        assertThat(each.get(0).get(2).reasoning()).contains("1 verdicts for 2 answers");
        assertThat(combined).allSatisfy(v -> assertThat(v.isScored()).isFalse());
        assertThat(Set.copyOf(ensemble.judgeAll(CAPTAIN, HABITS, "harbour", answers(2)).stream()
                .map(JudgedAnswer::isScored).toList())).containsExactly(false);
    }
}
