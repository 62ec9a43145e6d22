package io.github.personagym.llm;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.Set;

/** Refuses calls once the run's {@link TokenBudget} is spent, and charges each call that comes back. */
final class BudgetedChatModel extends ChatModelDecorator {

    private final ChatModel delegate;
    private final TokenBudget budget;

    BudgetedChatModel(ChatModel delegate, TokenBudget budget) {
        this.delegate = delegate;
        this.budget = budget;
    }

    @Override
    ChatResponse call(ChatRequest request) {
        budget.check();
        ChatResponse response = delegate.chat(request);
        budget.charge(request, response);
        return response;
    }

    @Override
    Set<Capability> capabilities() {
        return delegate.supportedCapabilities();
    }
}
