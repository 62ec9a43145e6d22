package io.github.personagym.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import org.junit.jupiter.api.Test;

/** The canonical form of a request, whose hash keys recordings and in-flight deduplication. */
class CanonicalRequestTest {

    private static ChatRequest withSchema(JsonObjectSchema root) {
        return ChatRequest.builder().messages(UserMessage.from("Judge this."))
                .responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON)
                        .jsonSchema(JsonSchema.builder().name("verdicts").rootElement(root).build()).build())
                .build();
    }

    @Test
    void theSameSchemaGivesTheSameKeyAndAnotherSchemaAnother() {
        var scores = JsonObjectSchema.builder().addIntegerProperty("score").required("score").build();
        var sameAgain = JsonObjectSchema.builder().addIntegerProperty("score").required("score").build();
        var withReason = JsonObjectSchema.builder().addIntegerProperty("score").addStringProperty("reason")
                .required("score").build();
        var optional = JsonObjectSchema.builder().addIntegerProperty("score").build();

        String key = CanonicalRequest.of("openai", "m", withSchema(scores)).key();

        assertThat(CanonicalRequest.of("openai", "m", withSchema(sameAgain)).key()).isEqualTo(key);
        assertThat(CanonicalRequest.of("openai", "m", withSchema(withReason)).key()).isNotEqualTo(key);
        assertThat(CanonicalRequest.of("openai", "m", withSchema(optional)).key()).isNotEqualTo(key);
    }

    @Test
    void theSameRequestOnOneThreadIsMadeCanonicalOnceButAnotherModelOrRequestIsNot() {
        ChatRequest request = withSchema(JsonObjectSchema.builder().addIntegerProperty("score").build());

        CanonicalRequest first = CanonicalRequest.of("openai", "m", request);

        assertThat(CanonicalRequest.of("openai", "m", request)).isSameAs(first);
        assertThat(CanonicalRequest.of("openai", "other", request)).isNotSameAs(first);
        assertThat(CanonicalRequest.of("openai", "m", withSchema(JsonObjectSchema.builder()
                .addIntegerProperty("score").build())).key()).isEqualTo(first.key());
    }
}
