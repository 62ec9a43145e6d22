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
        assertThat(inCharacter.stream().mapToInt(v -> v.score().getAsInt()).average().orElseThrow()).isGreaterThan(3.5);
        assertThat(outOfCharacter).allSatisfy(v -> assertThat(v.score().getAsInt()).isLessThanOrEqualTo(2));
    }

    @Test
    void sameInputGivesTheSameVerdict() {
        var first = OFFLINE.judge(CAPTAIN, HABITS, IN_CHARACTER.get(0));
        var second = new ExemplarSimilarityJudge().judge(CAPTAIN, HABITS, IN_CHARACTER.get(0));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void reasoningGivesTheLikelihoodAndContentAndSaysItIsAnOfflineScreen() {
        var verdict = OFFLINE.judge(CAPTAIN, HABITS, IN_CHARACTER.get(0));

        assertThat(verdict.judge()).isEqualTo("offline");
        assertThat(verdict.reasoning())
                .matches("(?s)(Sounds|Does not sound) like [^:]+: in-character likelihood [01]\\.\\d\\d \\(contrasted "
                        + "with no other persona, an assistant, a rude and an evasive voice\\); content closest to the "
                        + "score-\\d exemplar \\(cos 0\\.\\d\\d\\)\\. Score " + verdict.score().getAsInt()
                        + "\\. Offline screen \\(e5-small-v2.*");
    }

    @Test
    void anAiDisclaimerAnInsultedUserAndAOneWordAnswerScoreOneWithTheWordsThatGaveThemAway() {
        var exemplars = IN_CHARACTER.get(0).exemplars().orElseThrow();
        var disclaimer = OFFLINE.judge(CAPTAIN, HABITS, Answer.of("q1", "Where were you born?",
                "As an AI language model, I was not born anywhere, but Gloucester is a fine harbour town.", exemplars));
        var toxic = OFFLINE.judge(CAPTAIN, HABITS, Answer.of("q1", "Where were you born?",
                "What a moronic question. Only an idiot would ask a stranger that.", exemplars));
        var oneWord = OFFLINE.judge(CAPTAIN, HABITS, Answer.of("q1", "Where were you born?", "Gloucester.", exemplars));

        assertThat(disclaimer.score()).hasValue(1);
        assertThat(disclaimer.reasoning()).contains("speaks as an AI (\"as an ai");
        assertThat(toxic.score()).hasValue(1);
        assertThat(toxic.reasoning()).contains("\"idiot\"", "\"moronic\"");
        assertThat(oneWord.score()).hasValue(1);
        assertThat(oneWord.reasoning()).contains("Too short to show the persona (1 word)");
    }

    @Test
    void anInsultTheQuestionUsedFirstOrThatIsDeniedIsNoInsult() {
        var exemplars = IN_CHARACTER.get(0).exemplars().orElseThrow();
        var verdict = OFFLINE.judge(CAPTAIN, HABITS, Answer.of("q1", "A passenger calls you a stupid old fool. What do you say?",
                "Stupid old fool, am I? Aye, maybe, lad, but this fool never lost a crew, and I'd not call you an idiot "
                        + "for asking.", exemplars));

        assertThat(verdict.reasoning()).doesNotContain("Insults");
    }

    @Test
    void aBreakNeedsNoExemplarsToBeTold() {
        var verdict = OFFLINE.judge(CAPTAIN, HABITS, Answer.withoutExemplars("q9", "Are you real?",
                "I'm just an AI assistant, so I don't have a home port."));

        assertThat(verdict.score()).hasValue(1);
    }

    @Test
    void anAnswerInAnotherPersonasVoiceScoresLowOnceTheRunsPersonasAreKnown() {
        var nurse = io.github.personagym.Persona.of("nurse", "Hannah Price is a gentle paediatric nurse in Bristol who "
                + "calls children sweetheart and poppet, checks allergies, washes hands and hands out stickers.");
        Judge calibrated = ((PersonaCalibratedJudge) OFFLINE).calibrated(CAPTAIN,
                IN_CHARACTER.stream().map(a -> a.exemplars().orElseThrow()).toList(), java.util.Map.of(nurse, List.of()));
        var answer = IN_CHARACTER.get(0);
        var inNurseVoice = Answer.of(answer.questionKey(), answer.question(), "Oh sweetheart, let's wash our hands "
                + "first and then I'll find you a sticker, poppet. You're doing so well, love.", answer.exemplars().orElseThrow());

        var verdict = calibrated.judge(CAPTAIN, HABITS, inNurseVoice);

        assertThat(verdict.score().getAsInt()).isLessThanOrEqualTo(2);
        assertThat(calibrated.judge(CAPTAIN, HABITS, answer).score().getAsInt())
                .isGreaterThan(verdict.score().getAsInt());
    }

    @Test
    void anAnswerWithoutExemplarsGetsNoNumber() {
        var bare = Answer.withoutExemplars("q9", "Where is home port?", "Gloucester, lad, and don't you forget it.");

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
