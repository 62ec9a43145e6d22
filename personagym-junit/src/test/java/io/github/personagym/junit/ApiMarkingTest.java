package io.github.personagym.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every public top-level type of the JUnit module is marked with {@code @API}, as in the core. */
class ApiMarkingTest {

    @Test
    void everyPublicTypeOfTheJunitModuleIsMarked() throws Exception {
        assertThat(io.github.personagym.ApiMarkingTest.unmarkedPublicTypes(PersonaGymTest.class))
                .as("public types without @API(status = ...)").isEmpty();
    }
}
