package io.github.personagym.sample;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectClasspathResource;
import org.junit.platform.suite.api.Suite;

/**
 * Persona files run through the engine without a test class: a model named by {@code personagym.agent}
 * plays each persona, which is how PersonaGym evaluates models themselves. Skipped, with the reason, when
 * no agent model is configured.
 */
@Suite
@IncludeEngines("personagym")
@SelectClasspathResource("personas/nurse.yaml")
class PersonaFilesSuiteTest {
}
