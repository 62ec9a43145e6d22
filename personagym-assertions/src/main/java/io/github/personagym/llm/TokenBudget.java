package io.github.personagym.llm;

import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.Configuration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The tokens a run may spend on provider calls ({@value ConfigKeys#BUDGET_TOKENS}); replays are free. A
 * call counts the tokens its provider reports, or, when it reports none, a quarter of the characters sent
 * and received. Calls already in flight when the budget runs out still finish, so a run can end a few
 * calls over it; none starts after.
 */
final class TokenBudget {

    private static final int CHARACTERS_PER_TOKEN = 4;

    private final long budget;
    private final AtomicLong spent = new AtomicLong();

    TokenBudget(long budget) {
        if (budget < 1) {
            throw new IllegalArgumentException(ConfigKeys.BUDGET_TOKENS + " must be at least 1, got " + budget);
        }
        this.budget = budget;
    }

    static Optional<TokenBudget> from(Configuration configuration) {
        return configuration.get(ConfigKeys.BUDGET_TOKENS).map(value -> {
            try {
                return new TokenBudget(Long.parseLong(value.trim().replace("_", "")));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(ConfigKeys.BUDGET_TOKENS + " must be a whole number of tokens, got '"
                        + value + "'", e);
            }
        });
    }

    /** Throws {@link BudgetExhaustedException} once the budget is spent. */
    void check() {
        long used = spent.get();
        if (used >= budget) {
            throw new BudgetExhaustedException(budget, used);
        }
    }

    void charge(ChatRequest request, ChatResponse response) {
        spent.addAndGet(tokens(request, response));
    }

    long spent() {
        return spent.get();
    }

    long budget() {
        return budget;
    }

    static long tokens(ChatRequest request, ChatResponse response) {
        TokenUsage usage = response.tokenUsage();
        long reported = usage == null ? 0 : orZero(usage.inputTokenCount()) + orZero(usage.outputTokenCount());
        if (reported > 0) {
            return reported;
        }
        String reply = response.aiMessage() == null || response.aiMessage().text() == null ? ""
                : response.aiMessage().text();
        long characters = CanonicalRequest.promptCharacters(request) + reply.length();
        return (characters + CHARACTERS_PER_TOKEN - 1) / CHARACTERS_PER_TOKEN;
    }

    private static long orZero(Integer count) {
        return count == null ? 0 : count;
    }
}
