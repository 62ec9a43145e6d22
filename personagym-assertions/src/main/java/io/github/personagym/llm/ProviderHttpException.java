package io.github.personagym.llm;

import dev.langchain4j.exception.HttpException;
import java.util.Optional;

/**
 * A provider answered with an error status. Unlike LangChain4j's own {@link HttpException} it keeps the
 * {@code Retry-After} header, so that {@link RetryingChatModel} can wait as long as the server asks.
 */
final class ProviderHttpException extends HttpException {

    private final transient Optional<String> retryAfter;

    ProviderHttpException(int statusCode, String body, Optional<String> retryAfter) {
        super(statusCode, body);
        this.retryAfter = retryAfter;
    }

    Optional<String> retryAfter() {
        return retryAfter;
    }
}
