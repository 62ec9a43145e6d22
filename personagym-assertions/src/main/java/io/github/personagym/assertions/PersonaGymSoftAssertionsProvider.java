package io.github.personagym.assertions;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.judge.JudgedAnswer;
import io.github.personagym.judge.Verdict;
import io.github.personagym.score.PersonaScore;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * PersonaGym's soft assertions, to mix into any soft assertions class: {@code class MySoftAssertions extends
 * SoftAssertions implements PersonaGymSoftAssertionsProvider {}} collects AssertJ's and PersonaGym's
 * failures alike.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface PersonaGymSoftAssertionsProvider extends SoftAssertionsProvider {

    default PersonaScoreAssert assertThat(PersonaScore actual) {
        return proxy(PersonaScoreAssert.class, PersonaScore.class, actual);
    }

    default VerdictAssert assertThat(Verdict actual) {
        return proxy(VerdictAssert.class, Verdict.class, actual);
    }

    default JudgedAnswerAssert assertThat(JudgedAnswer actual) {
        return proxy(JudgedAnswerAssert.class, JudgedAnswer.class, actual);
    }
}
