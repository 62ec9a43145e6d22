package io.github.personagym.junit.jupiter;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.personagym.config.ConfigKeys;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs fixture classes on the Jupiter engine, with the committed test suites and the offline judge. */
final class JupiterKit {

    static final String SUITES = "src/test/resources/jupiter/suites";
    static final String SAILOR = "jupiter/personas/sailor.yaml";
    static final String BAKER = "jupiter/personas/baker.yaml";
    static final String BROKEN = "jupiter/broken/misspelt-field.yaml";

    private JupiterKit() {
    }

    static EngineExecutionResults run(Class<?> fixture) {
        return run(fixture, Map.of());
    }

    static EngineExecutionResults run(Class<?> fixture, Map<String, String> configuration) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(ConfigKeys.SUITE_DIR, SUITES);
        parameters.put(ConfigKeys.JUDGES, "offline");
        parameters.putAll(configuration);
        return EngineTestKit.engine("junit-jupiter").configurationParameters(parameters)
                .selectors(selectClass(fixture)).execute();
    }
}
