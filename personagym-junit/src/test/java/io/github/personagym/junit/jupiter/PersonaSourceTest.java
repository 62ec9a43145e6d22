package io.github.personagym.junit.jupiter;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.personagym.Persona;
import io.github.personagym.suite.Suite;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.testkit.engine.Event;

class PersonaSourceTest {

    @Test
    void globGivesOnePersonaPerFileInPathOrderWithInjectedGym() {
        GlobFixture.SEEN.clear();

        var results = JupiterKit.run(GlobFixture.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(GlobFixture.SEEN).containsExactly("baker", "baker", "sailor", "sailor");
        assertThat(results.testEvents().started().stream().map(Event::getTestDescriptor)
                .map(descriptor -> descriptor.getDisplayName()))
                .satisfiesExactly(name -> assertThat(name).contains("baker"),
                        name -> assertThat(name).contains("sailor"));
    }

    @Test
    void brokenFileAmongTheMatchesFailsNamingFileAndLine() {
        var results = JupiterKit.run(BrokenFixture.class);

        results.testEvents().assertStatistics(stats -> stats.started(0));
        assertThat(PersonaGymExtensionTest.failureMessages(results)).singleElement().asString()
                .contains("@PersonaSource of")
                .contains("broken persona file " + JupiterKit.BROKEN)
                .contains("classpath:" + JupiterKit.BROKEN + ":5:1: field 'speking-style'");
    }

    @Test
    void patternMatchingNoPersonaFileFailsNamingThePattern() {
        var results = JupiterKit.run(NoMatchFixture.class);

        assertThat(PersonaGymExtensionTest.failureMessages(results)).singleElement().asString()
                .contains("No persona file on the classpath matches 'jupiter/suites/*.yaml'");
    }

    @PersonaGym
    static class GlobFixture {

        static final List<String> SEEN = new CopyOnWriteArrayList<>();

        @ParameterizedTest
        @PersonaSource("jupiter/personas/*.yaml")
        void eachPersona(Persona persona, Gym gym) {
            SEEN.add(persona.id());
            Suite suite = gym.suite(persona);
            SEEN.add(suite.personaId());
        }
    }

    static class BrokenFixture {

        @ParameterizedTest
        @PersonaSource({"jupiter/personas/*.yaml", "jupiter/broken/*.yaml"})
        void eachPersona(Persona persona) {
        }
    }

    static class NoMatchFixture {

        @ParameterizedTest
        @PersonaSource("jupiter/suites/*.yaml")
        void eachPersona(Persona persona) {
        }
    }
}
