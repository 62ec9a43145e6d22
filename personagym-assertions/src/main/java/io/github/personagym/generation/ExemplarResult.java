package io.github.personagym.generation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.judge.ScoreExemplars;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What an {@link ExemplarGenerator} made: score exemplars per question key, and for each question it could
 * not serve, the reason. Every requested key is in exactly one of the two maps.
 *
 * @param exemplars the score exemplars, by question key, in request order
 * @param failures  why a question has none (model error or an unreadable reply), by question key
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ExemplarResult(Map<String, ScoreExemplars> exemplars, Map<String, String> failures) {

    public ExemplarResult {
        exemplars = Collections.unmodifiableMap(new LinkedHashMap<>(exemplars));
        failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
    }

    public Optional<ScoreExemplars> forQuestion(String questionKey) {
        return Optional.ofNullable(exemplars.get(questionKey));
    }

    public boolean isComplete() {
        return failures.isEmpty();
    }
}
