package io.github.personagym.generation;

import io.github.personagym.judge.ScriptedChatModel;
import static io.github.personagym.judge.JudgeFixtures.CAPTAIN;
import static io.github.personagym.judge.JudgeFixtures.HABITS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.chat.request.ResponseFormatType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exemplar generator against a SCRIPTED chat model. */
class ExemplarGeneratorTest {

    private static final String FIVE = "[\"s1\",\"s2\",\"s3\",\"s4\",\"s5\"]";

    private static Map<String, String> questions(int count) {
        var questions = new LinkedHashMap<String, String>();
        for (int n = 1; n <= count; n++) {
            questions.put("q" + n, "Scripted question number " + n + "?");
        }
        return questions;
    }

    @Test
    void aQuestionWithTooFewExemplarsIsAskedAgainAlone() {
        var model = ScriptedChatModel.replying(
                "{\"questions\":[{\"id\":1,\"exemplars\":" + FIVE + "},{\"id\":2,\"exemplars\":[\"only\",\"four\",\"of\",\"them\"]}]}",
                "{\"questions\":[{\"id\":1,\"exemplars\":[\"t1\",\"t2\",\"t3\",\"t4\",\"t5\"]}]}");
        var generator = new ExemplarGenerator(model, "scripted:gen", ExemplarGenerator.Options.defaults());

        var result = generator.generate(CAPTAIN, HABITS, questions(2));

        assertThat(result.isComplete()).isTrue();
        assertThat(result.forQuestion("q1").orElseThrow().byScore()).containsExactly("s1", "s2", "s3", "s4", "s5");
        assertThat(result.forQuestion("q2").orElseThrow().forScore(5)).isEqualTo("t5");
        assertThat(model.prompts().get(1)).contains("Scripted question number 2?")
                .doesNotContain("Scripted question number 1?").contains("exactly 5 exemplars");
        assertThat(model.requests().get(0).responseFormat().type()).isEqualTo(ResponseFormatType.JSON);
        assertThat(model.requests()).as("exemplars are written at temperature 0, as the reference code writes them")
                .allSatisfy(request -> assertThat(request.parameters().temperature()).isEqualTo(0.0));
    }

    @Test
    void questionsThatStayUnusableAreReportedAsFailuresNotExemplars() {
        var model = ScriptedChatModel.replying(
                "{\"questions\":[{\"id\":1,\"exemplars\":" + FIVE + "},{\"id\":2,\"exemplars\":[\"a\",\" \",\"c\",\"d\",\"e\"]}]}",
                "not json", "still not json");
        var generator = new ExemplarGenerator(model, "scripted:gen", ExemplarGenerator.Options.defaults());

        var result = generator.generate(CAPTAIN, HABITS, questions(2));

        assertThat(result.exemplars()).containsOnlyKeys("q1");
        assertThat(result.failures()).containsOnlyKeys("q2");
        assertThat(result.failures().get("q2")).contains("after 2 re-asks").contains("not a JSON object");
    }

    @Test
    void failedGeneratorCallIsReportedForEveryQuestionOfTheCall() {
        var model = ScriptedChatModel.failing("scripted outage");
        var generator = new ExemplarGenerator(model, "scripted:gen", new ExemplarGenerator.Options(2, 2));

        var result = generator.generate(CAPTAIN, HABITS, questions(3));

        assertThat(result.exemplars()).isEmpty();
        assertThat(result.failures()).containsOnlyKeys("q1", "q2", "q3")
                .allSatisfy((key, reason) -> assertThat(reason).contains("generator call failed").contains("scripted outage"));
        assertThat(model.requests()).hasSize(2);
    }
}
