package io.github.personagym.junit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.personagym.report.SurefireFork;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs of the engine in this JVM, as Surefire runs two test classes in one fork with {@code forkCount > 1}: in a
 * Surefire fork, the report folder holds both runs' personas; with {@code personagym.report.merge-forks=false}, the
 * last run's only. Runs only where this JVM is a Surefire fork (the build), since that is what it checks.
 */
class ReportsOfSurefireForksTest {

    final ScriptedServices services = new ScriptedServices();

    @TempDir
    Path suites;
    @TempDir
    Path reports;

    @BeforeEach
    void writeSuites() {
        EngineTestSupport.writeSuites(suites);
        assumeTrue(SurefireFork.current().isPresent(), "this JVM is not a Surefire fork");
    }

    @Test
    void twoTestClassesOfOneForkLeaveOneReportOfBoth() throws IOException {
        run(Fixtures.InCharacterCast.class, "true");
        run(Fixtures.InCharacter.class, "true");

        assertThat(personas()).containsExactlyInAnyOrder("captain", "nurse");
        assertThat(reports.resolve("forks")).isDirectory();
    }

    @Test
    void withMergingOffTheLastRunWritesTheReport() throws IOException {
        run(Fixtures.InCharacterCast.class, "false");
        run(Fixtures.InCharacter.class, "false");

        assertThat(personas()).containsExactly("captain");
        assertThat(reports.resolve("forks")).doesNotExist();
    }

    private void run(Class<?> testClass, String mergeForks) {
        EngineTestSupport.kit(services, suites, reports)
                .configurationParameter("personagym.report.merge-forks", mergeForks)
                .selectors(selectClass(testClass)).execute();
    }

    private List<String> personas() throws IOException {
        List<String> ids = new ArrayList<>();
        new ObjectMapper().readTree(Files.readString(reports.resolve("report.json"))).get("personas")
                .forEach(p -> ids.add(p.get("id").asText()));
        return ids;
    }
}
