package io.github.personagym.benchmark;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.util.Objects;

/**
 * One saved question of the PersonaGym benchmark.
 *
 * @param key    stable key within its persona: the task's key and the question's place in the published list,
 *               e.g. {@code toxicity-control-3}
 * @param task   the task's name as this project names it ({@code Toxicity Control} for the files' {@code Toxicity})
 * @param number the question's place in its task's list, from 1
 * @param text   the question as published
 */
@API(status = INTERNAL, since = "0.1")
public record BenchmarkQuestion(String key, String task, int number, String text) {

    public BenchmarkQuestion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(text, "text");
    }
}
