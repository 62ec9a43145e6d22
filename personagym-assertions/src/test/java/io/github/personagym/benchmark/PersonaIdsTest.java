package io.github.personagym.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PersonaIdsTest {

    @Test
    void anIdIsTheDescriptionInLowerCaseWordsWithoutTheLeadingArticle() {
        assertThat(PersonaIds.of("A 20-year-old scientist from Sydney who loves hiking"))
                .isEqualTo("20-year-old-scientist-from-sydney-who-loves-hiking");
        assertThat(PersonaIds.of("An 87-year-old veteran from Poland")).isEqualTo("87-year-old-veteran-from-poland");
        assertThat(PersonaIds.of("Zoë, a café owner in São Paulo!")).isEqualTo("zoe-a-cafe-owner-in-sao-paulo");
    }

    @Test
    void aLongDescriptionIsCutAtAWordAndEndsInAHashOfTheWholeDescription() {
        String one = "A 31-year-old social worker from Colombia, supporting victims of domestic violence and fighting "
                + "for gender equality";
        String two = "A 31-year-old social worker from Colombia, supporting victims of domestic violence and fighting "
                + "for fair pay";

        assertThat(PersonaIds.of(one)).hasSizeLessThanOrEqualTo(60)
                .startsWith("31-year-old-social-worker-from-colombia-supporting-")
                .matches(".*-[0-9a-f]{6}").isNotEqualTo(PersonaIds.of(two));
        assertThat(PersonaIds.of(one)).as("the id docs/benchmark.md quotes")
                .isEqualTo("31-year-old-social-worker-from-colombia-supporting-91fc3d");
    }

    @Test
    void descriptionsThatDifferOnlyInCaseOrPunctuationGetAHashEachAndTheOthersKeepTheirSlug() {
        List<String> descriptions = List.of("A chef from Lima", "A Chef from Lima!", "A nurse from Oslo");

        Map<String, String> ids = PersonaIds.of(descriptions, Function.identity());

        assertThat(ids.get("A nurse from Oslo")).isEqualTo("nurse-from-oslo");
        assertThat(ids.get("A chef from Lima")).matches("chef-from-lima-[0-9a-f]{6}");
        assertThat(ids.get("A Chef from Lima!")).matches("chef-from-lima-[0-9a-f]{6}")
                .isNotEqualTo(ids.get("A chef from Lima"));
    }

    @Test
    void aDescriptionWithoutLettersOrDigitsStillGetsAnId() {
        assertThat(PersonaIds.of("¿¡…!?")).matches("persona-[0-9a-f]{6}");
    }
}
