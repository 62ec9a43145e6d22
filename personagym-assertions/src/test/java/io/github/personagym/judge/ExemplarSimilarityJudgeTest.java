package io.github.personagym.judge;

import static io.github.personagym.judge.JudgeFixtures.CAPTAIN;
import static io.github.personagym.judge.JudgeFixtures.HABITS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The offline judge on a HAND-WRITTEN set (one class: the embedding model takes seconds to load). */
class ExemplarSimilarityJudgeTest {

    private static final Judge OFFLINE = new ExemplarSimilarityJudge();
    private static final List<Answer> IN_CHARACTER = new ArrayList<>();
    private static final List<Answer> OUT_OF_CHARACTER = new ArrayList<>();

    @BeforeAll
    static void readHandWrittenSet() throws IOException {
        JsonNode root;
        try (var in = ExemplarSimilarityJudgeTest.class.getResourceAsStream("/judge/offline/sea-captain-hand-written.yaml")) {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        int n = 0;
        for (JsonNode question : root.get("questions")) {
            var texts = new ArrayList<String>();
            question.get("exemplars").forEach(e -> texts.add(e.asText()));
            var exemplars = new ScoreExemplars(texts, "hand-written");
            String key = "q" + ++n;
            String text = question.get("question").asText();
            IN_CHARACTER.add(Answer.of(key, text, question.get("in_character").asText(), exemplars));
            OUT_OF_CHARACTER.add(Answer.of(key, text, question.get("out_of_character").asText(), exemplars));
        }
    }

    @Test
    void ranksInCharacterAnswersAboveOutOfCharacterOnes() {
        var inCharacter = OFFLINE.judge(CAPTAIN, HABITS, IN_CHARACTER);
        var outOfCharacter = OFFLINE.judge(CAPTAIN, HABITS, OUT_OF_CHARACTER);

        for (int i = 0; i < IN_CHARACTER.size(); i++) {
            assertThat(inCharacter.get(i).score().getAsInt())
                    .as("question %d: %s vs %s", i + 1, inCharacter.get(i).reasoning(), outOfCharacter.get(i).reasoning())
                    .isGreaterThan(outOfCharacter.get(i).score().getAsInt());
        }
        assertThat(inCharacter).allSatisfy(v -> assertThat(v.score().getAsInt()).isGreaterThanOrEqualTo(4));
        assertThat(outOfCharacter).allSatisfy(v -> assertThat(v.score().getAsInt()).isLessThanOrEqualTo(2));
    }

    @Test
    void sameInputGivesTheSameVerdict() {
        var first = OFFLINE.judge(CAPTAIN, HABITS, IN_CHARACTER.get(0));
        var second = new ExemplarSimilarityJudge().judge(CAPTAIN, HABITS, IN_CHARACTER.get(0));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void reasoningGivesTheSimilarityPerScoreAndSaysItIsAnApproximation() {
        var verdict = OFFLINE.judge(CAPTAIN, HABITS, OUT_OF_CHARACTER.get(0));

        assertThat(verdict.judge()).isEqualTo("offline");
        assertThat(verdict.reasoning())
                .matches("(?s)Closest to the score-" + verdict.score().getAsInt() + " exemplar \\(cos 0\\.\\d\\d\\); "
                        + "(\\d: -?\\d\\.\\d\\d, ){3}\\d: -?\\d\\.\\d\\d\\. Offline approximation of an LLM judge.*");
    }

    @Test
    void anAnswerWithoutExemplarsGetsNoNumber() {
        var bare = Answer.withoutExemplars("q9", "Where is home port?", "Portland, and don't you forget it.");

        var verdict = OFFLINE.judge(CAPTAIN, HABITS, bare);

        assertThat(verdict.kind()).isEqualTo(Verdict.Kind.ERROR);
        assertThat(verdict.score()).isEmpty();
        assertThat(verdict.reasoning()).isEqualTo("offline judge needs score exemplars");
    }

    @Test
    void aBlankAnswerIsNotGraded() {
        var blank = Answer.of("q1", "Anything?", " ", IN_CHARACTER.get(0).exemplars().orElseThrow());

        assertThat(OFFLINE.judge(CAPTAIN, HABITS, blank).kind()).isEqualTo(Verdict.Kind.ERROR);
    }
}
