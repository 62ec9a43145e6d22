package io.github.personagym.assertions;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.function.Consumer;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Soft assertions on PersonaGym's results: every failed assertion is collected, and {@link #assertAll()}
 * reports them together.
 *
 * <pre>
 * PersonaGymSoftAssertions.assertSoftly(softly -&gt; {
 *     softly.assertThat(score).isAtLeast(3.5);
 *     softly.assertThat(score).hasNoUnscoredQuestions();
 * });
 * </pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class PersonaGymSoftAssertions extends AbstractSoftAssertions implements PersonaGymSoftAssertionsProvider {

    /** Runs the assertions softly, then fails with every failure collected, if any. */
    public static void assertSoftly(Consumer<PersonaGymSoftAssertions> assertions) {
        SoftAssertionsProvider.assertSoftly(PersonaGymSoftAssertions.class, assertions);
    }
}
