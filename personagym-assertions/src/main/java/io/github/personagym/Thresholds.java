package io.github.personagym;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Minimum scores (on the 1–5 scale) a persona must reach: one for the PersonaScore, and optionally one per
 * task, keyed by task name.
 */
@API(status = STABLE, since = "0.1")
public record Thresholds(OptionalDouble personaScore, Map<String, Double> tasks) {

    public static final Thresholds NONE = new Thresholds(OptionalDouble.empty(), Map.of());

    public Thresholds {
        Objects.requireNonNull(personaScore, "personaScore");
        tasks = Map.copyOf(tasks);
    }

    /** The threshold for one task, if any. */
    public OptionalDouble task(String taskName) {
        Double value = tasks.get(taskName);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** Per threshold, the higher of these and {@code other}'s: the stricter holds. */
    public Thresholds stricter(Thresholds other) {
        var merged = new java.util.LinkedHashMap<>(other.tasks);
        tasks.forEach((task, min) -> merged.merge(task, min, Math::max));
        OptionalDouble score = personaScore.isEmpty() ? other.personaScore : other.personaScore.isEmpty()
                ? personaScore : OptionalDouble.of(Math.max(personaScore.getAsDouble(), other.personaScore.getAsDouble()));
        return new Thresholds(score, merged);
    }

    /** These thresholds, with every value absent here taken from {@code fallback}. */
    public Thresholds orElse(Thresholds fallback) {
        var merged = new java.util.LinkedHashMap<>(fallback.tasks);
        merged.putAll(tasks);
        return new Thresholds(personaScore.isPresent() ? personaScore : fallback.personaScore, merged);
    }
}
