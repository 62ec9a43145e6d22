package io.github.personagym.junit.report;

import io.github.personagym.Thresholds;
import io.github.personagym.junit.gym.EvaluationResult;
import java.util.Objects;

/**
 * One evaluated persona, as the reports and the regression gate see it.
 *
 * @param result     what the gym made of the persona
 * @param file       where the persona was read from (a path, or {@code classpath:<resource>})
 * @param thresholds the thresholds its checks apply
 */
public record PersonaRun(EvaluationResult result, String file, Thresholds thresholds) {

    public PersonaRun {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(thresholds, "thresholds");
    }

    public String id() {
        return result.persona().id();
    }
}
