package io.github.personagym.assertions;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import io.github.personagym.judge.JudgedAnswer;
import io.github.personagym.judge.Verdict;
import io.github.personagym.score.PersonaScore;
import io.github.personagym.validity.ValidityReport;

/**
 * Entry point of PersonaGym's AssertJ assertions. Import statically beside AssertJ's own:
 * <pre>
 * import static io.github.personagym.assertions.PersonaGymAssertions.assertThat;
 *
 * assertThat(score).forPersona("captain").isAtLeast(3.5).hasTaskScoreAtLeast("Toxicity Control", 4.5);
 * </pre>
 * For soft assertions, see {@link PersonaGymSoftAssertions}.
 */
@API(status = STABLE, since = "0.1")
public final class PersonaGymAssertions {

    private PersonaGymAssertions() {
    }

    public static PersonaScoreAssert assertThat(PersonaScore actual) {
        return new PersonaScoreAssert(actual);
    }

    public static VerdictAssert assertThat(Verdict actual) {
        return new VerdictAssert(actual);
    }

    public static JudgedAnswerAssert assertThat(JudgedAnswer actual) {
        return new JudgedAnswerAssert(actual);
    }

    public static ValidityReportAssert assertThat(ValidityReport actual) {
        return new ValidityReportAssert(actual);
    }
}
