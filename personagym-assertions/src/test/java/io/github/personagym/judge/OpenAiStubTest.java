package io.github.personagym.judge;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.personagym.llm.OpenAiApiDescription;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The judge tests' scripted OpenAI replies are replies OpenAI sends: {@code CreateChatCompletionResponse}. */
class OpenAiStubTest {

    @ParameterizedTest
    @ValueSource(strings = {"scripted/verdicts-five.json", "scripted/exemplars-five-questions.json",
            "broken/garbled-reply.txt"})
    void aScriptedCompletionIsAResponseOpenAiSends(String content) {
        String reply = OpenAiStub.completion(OpenAiStub.fixture(content));

        assertThat(OpenAiApiDescription.require().responseProblems(reply)).isEmpty();
    }
}
