package io.github.personagym;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationalAgentTest {

    @Test
    void aSingleQuestionAgentIsAskedTheMessageAloneWhenThereIsNoEarlierTurn() throws Exception {
        List<String> asked = new ArrayList<>();
        PersonaAgent agent = question -> {
            asked.add(question);
            return "Aye.";
        };

        String reply = ConversationalAgent.of(agent).reply(List.of(), "Where are we bound?");

        assertThat(reply).isEqualTo("Aye.");
        assertThat(asked).containsExactly("Where are we bound?");
    }

    @Test
    void aSingleQuestionAgentReadsTheEarlierTurnsAsATranscriptBeforeTheNewMessage() throws Exception {
        List<String> asked = new ArrayList<>();
        PersonaAgent agent = question -> {
            asked.add(question);
            return "Aye.";
        };

        ConversationalAgent.of(agent).reply(List.of(Turn.user("Is the tide in?"), Turn.persona("Full flood, lad.")),
                "Then do we sail?");

        assertThat(asked).singleElement().asString()
                .containsSubsequence("Me: Is the tide in?", "You: Full flood, lad.", "Now I say: Then do we sail?");
    }

    @Test
    void aConversationalAgentIsItselfAndAnswersASingleQuestionWithNoHistory() throws Exception {
        List<List<Turn>> histories = new ArrayList<>();
        ConversationalAgent agent = (history, message) -> {
            histories.add(history);
            return "You said: " + message;
        };

        assertThat(ConversationalAgent.of(agent)).isSameAs(agent);
        assertThat(agent.answer("Ahoy?")).isEqualTo("You said: Ahoy?");
        assertThat(histories).containsExactly(List.of());
    }
}
