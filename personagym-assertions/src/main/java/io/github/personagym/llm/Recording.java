package io.github.personagym.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.util.Map;
import java.util.Optional;

/**
 * One recorded exchange as stored on disk: the canonical request (for people reading the file), the reply
 * and where it came from. Nothing time- or machine-dependent, so two recordings of one exchange are equal.
 *
 * @param key          the request's key (SHA-256 of its canonical form)
 * @param recordedFrom the model spec that answered
 * @param request      the canonical request
 * @param response     the reply
 */
record Recording(String key, String recordedFrom, Map<String, Object> request, Reply response) {

    /**
     * @param text             the reply's text
     * @param finishReason     why the model stopped, e.g. {@code STOP}
     * @param promptTokens     prompt tokens the provider reported, 0 if none
     * @param completionTokens completion tokens the provider reported, 0 if none
     */
    record Reply(String text, String finishReason, int promptTokens, int completionTokens) {
    }

    static Recording of(String spec, CanonicalRequest request, ChatResponse response) {
        TokenUsage usage = Optional.ofNullable(response.tokenUsage()).orElseGet(TokenUsage::new);
        Reply reply = new Reply(
                Optional.ofNullable(response.aiMessage().text()).orElse(""),
                Optional.ofNullable(response.finishReason()).map(FinishReason::name).orElse(FinishReason.OTHER.name()),
                Optional.ofNullable(usage.inputTokenCount()).orElse(0),
                Optional.ofNullable(usage.outputTokenCount()).orElse(0));
        return new Recording(request.key(), spec, request.tree(), reply);
    }

    ChatResponse toResponse(String model) {
        return ChatResponse.builder()
                .aiMessage(AiMessage.from(response.text()))
                .finishReason(FinishReason.valueOf(response.finishReason()))
                .tokenUsage(new TokenUsage(response.promptTokens(), response.completionTokens()))
                .modelName(model)
                .build();
    }
}
