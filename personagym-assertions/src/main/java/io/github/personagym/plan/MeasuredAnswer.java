package io.github.personagym.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.metric.Measurement;
import java.util.Objects;

/**
 * An answer to a question of a judge-free task and what was measured of it, as the threshold check of its task quotes
 * it when the task's metric falls short.
 *
 * @param task        the task's name
 * @param environment the environment the question is set in
 * @param key         the question's key
 * @param question    the question as the suite has it
 * @param answer      the agent's answer
 * @param measurement its value, or why it has none
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MeasuredAnswer(String task, String environment, String key, String question, String answer,
                             Measurement measurement) {

    public MeasuredAnswer {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(measurement, "measurement");
    }
}
