package io.github.personagym.sample;

import static io.github.personagym.assertions.PersonaGymAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.personagym.Persona;
import io.github.personagym.PersonaAgent;
import io.github.personagym.Task;
import io.github.personagym.judge.JudgedAnswer;
import io.github.personagym.evaluation.EvaluationResult;
import io.github.personagym.suite.Suite;
import io.github.personagym.suite.SuiteQuestion;
import io.github.personagym.junit.jupiter.Gym;
import io.github.personagym.junit.jupiter.PersonaFile;
import io.github.personagym.junit.jupiter.PersonaGym;
import io.github.personagym.junit.jupiter.PersonaSource;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * PersonaGym from ordinary Jupiter tests: the extension injects the captain persona and the gym, configured
 * like the engine (here: no provider, so the offline judge and the committed suite
 * {@code src/test/resources/personagym/captain.suite.yaml}).
 */
@PersonaGym
@PersonaFile("personas/captain.yaml")
class AssertionsExampleTest {

    private final PersonaAgent agent = KnowledgeAgent.forPersona("captain");

    @Test
    void oneAnswerIsJudgedAgainstItsQuestionsExemplars(Persona captain, Gym gym) throws Exception {
        SuiteQuestion question = gym.suite(captain).question("expected-action-2").orElseThrow();

        JudgedAnswer verdict = gym.judge(captain, question, agent.answer(question.text()));

        assertThat(verdict).hasScoreAtLeast(3);
    }

    @Test
    void theCaptainStaysInCharacterAcrossTheSuite(Persona captain, Gym gym) {
        EvaluationResult result = gym.evaluate(captain, agent);

        assertThat(result.score()).forPersona(captain.id())
                .isAtLeast(3.0)
                .hasTaskScoreAtLeast("Expected Action", 4.0)
                .hasTaskScoreAtLeast("Action Justification", 3.0)
                .hasNoUnscoredQuestions();
    }

    @TestFactory
    Stream<DynamicNode> theEnginesTreeAsDynamicTests(Persona captain, Gym gym) {
        return gym.dynamicTests(captain, agent);
    }

    @ParameterizedTest
    @PersonaSource("personas/*.yaml")
    void everyPersonaHasACommittedSuiteForEachOfItsTasks(Persona persona, Gym gym) {
        Suite suite = gym.suite(persona);

        assertThat(suite.tasks()).containsAll(gym.tasks().select(persona.tasks()).stream().map(Task::name).toList());
    }
}
