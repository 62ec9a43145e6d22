package io.github.personagym.evaluation;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.github.personagym.Thresholds;
import io.github.personagym.mutants.MutantOutcome;
import java.util.Objects;
import java.util.Optional;

/**
 * One evaluated persona, as the reports and the regression gate see it.
 *
 * @param result     what the gym made of the persona
 * @param file       where the persona was read from (a path, or {@code classpath:<resource>})
 * @param thresholds the thresholds its checks apply
 * @param agent      which agent played it, for the baseline: the {@code baseline} name of its
 *                   {@code @PersonaGymTest} class (by default the class's simple name), or empty for a persona
 *                   file played by the configured model
 */
@API(status = INTERNAL, since = "0.1")
public record PersonaRun(EvaluationResult result, String file, Thresholds thresholds, String agent) {

    public PersonaRun {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(agent, "agent");
    }

    public PersonaRun(EvaluationResult result, String file, Thresholds thresholds) {
        this(result, file, thresholds, "");
    }

    public String id() {
        return result.persona().id();
    }

    /** The persona's mutants, decided against its PersonaScore and threshold, when they were judged. */
    public Optional<MutantOutcome> mutants() {
        return result.mutants().map(m -> m.decide(result.score(), thresholds.personaScore()));
    }

    /**
     * The persona's entry in the baseline: {@code <agent>/<persona id>}, so that two classes testing the
     * same persona with different agents are never compared with each other; the persona id alone for a
     * persona file played by the configured model.
     */
    public String baselineKey() {
        return agent.isEmpty() ? id() : agent + "/" + id();
    }
}
