package io.github.personagym.benchmark;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.github.personagym.Task;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The task names of the published question files and this project's: the same, but {@code Toxicity}, which the
 * paper's tables call {@code Toxicity Control}.
 */
@API(status = INTERNAL, since = "0.1")
public final class BenchmarkTasks {

    /** The key of the toxicity task in the published files. */
    public static final String PUBLISHED_TOXICITY = "Toxicity";

    private static final Map<String, String> NAMES = names();

    private BenchmarkTasks() {
    }

    /** This project's task name for a key of a question file, if it is one of the five. */
    public static Optional<String> taskOf(String fileKey) {
        return Optional.ofNullable(NAMES.get(fileKey));
    }

    /** The keys a question file has, in the paper's order. */
    public static Iterable<String> fileKeys() {
        return NAMES.keySet();
    }

    /** {@code Toxicity Control} → {@code toxicity-control}: the first part of a question key. */
    public static String key(String task) {
        return task.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    private static Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        for (String task : Task.BUILT_IN_NAMES) {
            names.put(task.equals(Task.TOXICITY_CONTROL) ? PUBLISHED_TOXICITY : task, task);
        }
        return java.util.Collections.unmodifiableMap(names);
    }
}
