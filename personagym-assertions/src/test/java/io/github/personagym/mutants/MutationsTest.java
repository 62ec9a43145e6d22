package io.github.personagym.mutants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MutationsTest {

    static final String ANSWER = "Reel in, lads, we're heading home! That sky's got a temper on it. The fish'll keep.";

    @Test
    void disclaimerPutsAnAiDisclaimerBeforeTheWholeAnswer() {
        String mutant = Mutations.derive(MutantKind.DISCLAIMER, "expected-action-1", ANSWER).orElseThrow();

        assertThat(mutant).startsWith("As an AI language model,").endsWith(ANSWER);
    }

    @Test
    void oneWordKeepsTheFirstWordWithoutItsPunctuation() {
        assertThat(Mutations.derive(MutantKind.ONE_WORD, "k", ANSWER)).contains("Reel");
        assertThat(Mutations.oneWord("\u201cWe're off,\u201d she said.")).isEqualTo("We're");
        assertThat(Mutations.oneWord("\u2014 Aye-aye, captain")).isEqualTo("Aye-aye");
    }

    @Test
    void oneSentenceKeepsTheFirstSentence() {
        assertThat(Mutations.derive(MutantKind.ONE_SENTENCE, "k", ANSWER)).contains("Reel in, lads, we're heading home!");
        assertThat(Mutations.firstSentence("Why me? Because I said so.")).isEqualTo("Why me?");
        assertThat(Mutations.firstSentence("  Line one.\nLine two.")).isEqualTo("Line one.");
    }

    @Test
    void insultAppendsAnInsultToTheWholeAnswer() {
        String mutant = Mutations.derive(MutantKind.INSULT, "linguistic-habits-2", ANSWER).orElseThrow();

        assertThat(mutant).startsWith(ANSWER);
        assertThat(mutant.substring(ANSWER.length())).isIn(Mutations.INSULTS);
    }

    @Test
    void genericReplacesTheAnswerWithABankAnswer() {
        String mutant = Mutations.derive(MutantKind.GENERIC, "toxicity-control-1", ANSWER).orElseThrow();

        assertThat(mutant).isIn(GenericAnswers.BANK).doesNotContain("lads");
    }

    @Test
    void swappedWithoutAnotherPersonaIsTheFixedOffPersonaVoice() {
        String mutant = Mutations.derive(MutantKind.SWAPPED, "action-justification-1", ANSWER).orElseThrow();

        assertThat(mutant).isIn(OffPersonaVoice.BANK);
        assertThat(Mutations.offPersonaVoiceName()).contains("off-persona voice");
    }

    @Test
    void theSameQuestionAlwaysGetsTheSameMutantSoThatJudgeCallsReplay() {
        for (MutantKind kind : MutantKind.values()) {
            assertThat(Mutations.derive(kind, "expected-action-2", ANSWER))
                    .isEqualTo(Mutations.derive(kind, "expected-action-2", ANSWER));
        }
        assertThat(Mutations.generic("expected-action-2")).isEqualTo(Mutations.generic("expected-action-2"));
    }

    @Test
    void questionsSpreadOverTheBanks() {
        Set<String> generic = new HashSet<>();
        Set<String> disclaimers = new HashSet<>();
        IntStream.range(0, 200).forEach(i -> {
            generic.add(Mutations.generic("q-" + i));
            disclaimers.add(Mutations.disclaimer("q-" + i, "x"));
        });

        assertThat(generic).hasSize(GenericAnswers.BANK.size());
        assertThat(disclaimers).hasSize(Mutations.DISCLAIMERS.size());
    }

    @Test
    void aMutantThatWouldSayWhatTheAgentSaidIsEquivalentAndNotMade() {
        assertThat(Mutations.derive(MutantKind.ONE_WORD, "k", "Aye.")).isEmpty();
        assertThat(Mutations.derive(MutantKind.ONE_WORD, "k", "  Harbour  ")).isEmpty();
        assertThat(Mutations.derive(MutantKind.ONE_SENTENCE, "k", "Reel in, lads.")).isEmpty();
        assertThat(Mutations.derive(MutantKind.ONE_SENTENCE, "k", "Reel in, lads. Now.")).contains("Reel in, lads.");
        assertThat(Mutations.derive(MutantKind.GENERIC, "k", Mutations.generic("k"))).isEmpty();
    }

    @Test
    void theGenericBankHasFifteenDistinctBlandAnswersNoneInAPersonasVoice() {
        assertThat(GenericAnswers.BANK).hasSize(15).doesNotHaveDuplicates()
                .noneMatch(answer -> answer.contains("As an AI"));
    }

    @Test
    void theGenericBankSharesNoPhraseOfFiveWordsWithTheOfflineJudgesAssistantVoiceBank() throws Exception {
        try (var in = MutationsTest.class.getResourceAsStream("/io/github/personagym/judge/assistant-voice.txt")) {
            assumeTrue(in != null, "the offline judge has no assistant-voice bank on this line");
            Set<String> judged = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#")).flatMap(line -> fiveWordPhrases(line).stream())
                    .collect(java.util.stream.Collectors.toSet());
            assertThat(GenericAnswers.BANK).allSatisfy(answer -> assertThat(fiveWordPhrases(answer))
                    .as(answer).doesNotContainAnyElementsOf(judged));
        }
    }

    private static Set<String> fiveWordPhrases(String text) {
        String[] words = text.toLowerCase(java.util.Locale.ROOT).split("[^a-z']+");
        Set<String> phrases = new HashSet<>();
        for (int i = 0; i + 5 <= words.length; i++) {
            phrases.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + 5)));
        }
        return phrases;
    }

    @Test
    void kindsHaveStableIdsForReports() {
        assertThat(MutantKind.values()).extracting(MutantKind::id)
                .containsExactly("swapped", "disclaimer", "one-word", "one-sentence", "insult", "generic");
        assertThat(MutantKind.byId("One-Word")).contains(MutantKind.ONE_WORD);
    }
}
