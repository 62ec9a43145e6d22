package io.github.personagym.mutants;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.util.Comparator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which questions a mutant kind is judged on: up to {@code perTask} of each task, chosen by a stable hash of
 * the kind and the question key. The same suite always gives the same sample, and each kind draws its own, so
 * the kinds together cover more of the suite than any one of them.
 */
@API(status = INTERNAL, since = "0.1")
public final class MutantSample {

    private MutantSample() {
    }

    /**
     * Picks the sample.
     *
     * @param candidates the questions that can be mutated, in suite order
     * @param key        a candidate's question key
     * @param task       a candidate's task
     * @return the chosen candidates, in suite order
     */
    public static <T> List<T> pick(MutantKind kind, int perTask, List<T> candidates, Function<T, String> key,
                                   Function<T, String> task) {
        if (perTask < 1) {
            throw new IllegalArgumentException("A mutant needs at least one question per task, got " + perTask);
        }
        Map<String, List<T>> byTask = new LinkedHashMap<>();
        candidates.forEach(c -> byTask.computeIfAbsent(task.apply(c), t -> new ArrayList<>()).add(c));
        Set<T> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        byTask.values().forEach(ofTask -> ofTask.stream()
                .sorted(Comparator.comparingLong((T c) -> StableHash.of(kind.id() + "/" + key.apply(c)))
                        .thenComparing(key))
                .limit(perTask)
                .forEach(chosen::add));
        return candidates.stream().filter(chosen::contains).toList();
    }
}
