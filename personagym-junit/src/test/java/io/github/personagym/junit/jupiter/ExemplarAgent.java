package io.github.personagym.junit.jupiter;

import io.github.personagym.PersonaAgent;
import io.github.personagym.suite.Suite;
import io.github.personagym.suite.SuiteQuestion;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scripted agent for tests: it answers each suite question with the question's own score exemplar for
 * one score, which the offline judge scores as exactly that score. It may refuse one question.
 */
final class ExemplarAgent implements PersonaAgent {

    private final Suite suite;
    private final int score;
    private final Optional<String> refused;
    private final AtomicInteger calls;

    ExemplarAgent(Suite suite, int score, Optional<String> refusedKey, AtomicInteger calls) {
        this.suite = suite;
        this.score = score;
        this.refused = refusedKey;
        this.calls = calls;
    }

    static ExemplarAgent answeringAsScore(Suite suite, int score) {
        return new ExemplarAgent(suite, score, Optional.empty(), new AtomicInteger());
    }

    @Override
    public String answer(String question) {
        calls.incrementAndGet();
        SuiteQuestion asked = suite.questions().stream().filter(q -> q.text().equals(question)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a question of the suite: " + question));
        if (refused.filter(asked.key()::equals).isPresent()) {
            throw new IllegalStateException("scripted refusal of " + asked.key());
        }
        return asked.exemplars().orElseThrow().forScore(score);
    }
}
