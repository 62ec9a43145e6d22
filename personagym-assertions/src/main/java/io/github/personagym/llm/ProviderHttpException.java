package io.github.personagym.llm;

import dev.langchain4j.exception.HttpException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A provider answered with an error status. Unlike LangChain4j's own {@link HttpException} it keeps the
 * wait the server asked for ({@code Retry-After}, and OpenAI's {@code retry-after-ms}), so that
 * {@link RetryingChatModel} can wait as long as the server asks.
 */
final class ProviderHttpException extends HttpException {

    private final transient Optional<String> retryAfter;
    private final transient OptionalLong retryAfterMillis;

    ProviderHttpException(int statusCode, String body, Optional<String> retryAfter, OptionalLong retryAfterMillis) {
        super(statusCode, body);
        this.retryAfter = retryAfter;
        this.retryAfterMillis = retryAfterMillis;
    }

    Optional<String> retryAfter() {
        return retryAfter;
    }

    /** OpenAI's {@code retry-after-ms}, when the reply has it and it is a whole number. */
    OptionalLong retryAfterMillis() {
        return retryAfterMillis;
    }
}
