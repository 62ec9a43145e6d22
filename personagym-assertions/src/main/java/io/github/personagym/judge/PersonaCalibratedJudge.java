package io.github.personagym.judge;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.Persona;
import java.util.List;
import java.util.Map;

/**
 * A judge that reads a persona's whole suite, and the other personas of the run, before it judges the persona's
 * answers. The offline judge places an answer on a voice scale calibrated on the suite's own score exemplars and
 * contrasted with the other personas; runs hand it both through this interface.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface PersonaCalibratedJudge extends Judge {

    /**
     * This judge, calibrated for one persona.
     *
     * @param persona the persona whose answers the returned judge scores
     * @param suite   the score exemplars of the persona's suite, every question that has them
     * @param others  the other personas of the run, each with the score exemplars of its suite (maybe none)
     */
    Judge calibrated(Persona persona, List<ScoreExemplars> suite, Map<Persona, List<ScoreExemplars>> others);
}
