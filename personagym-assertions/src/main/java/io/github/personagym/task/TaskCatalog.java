package io.github.personagym.task;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.persona.NearestKey;
import io.github.personagym.Task;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The tasks a persona can be evaluated on: PersonaGym's five built-in tasks, whose rubrics a user may
 * override, and the user's own tasks. Names match ignoring case; {@code Toxicity} (the reference code's
 * name) is accepted for {@code Toxicity Control}. A catalogue is immutable: the {@code with…} methods
 * return a new one.
 *
 * <p>A task file is YAML holding one task, or a {@code tasks:} list of them:
 * <pre>
 * name: Domain Knowledge
 * description: Whether the persona knows what its profession would teach it.
 * question-guidance: Ask about everyday problems of its trade, from easy to hard.
 * criteria:
 *   1: ...
 *   5: ...
 * </pre>
 * A task named like a built-in one replaces that task's wording and stays a built-in task.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TaskCatalog {

    /** The reference code's name for {@link Task#TOXICITY_CONTROL}, accepted wherever a task is named. */
    public static final String TOXICITY_ALIAS = "Toxicity";

    private static final String RESOURCE_FOLDER = "/io/github/personagym/tasks/";

    private final Map<String, Task> tasks;

    private TaskCatalog(Map<String, Task> tasks) {
        this.tasks = Collections.unmodifiableMap(tasks);
    }

    /** The five built-in tasks, as shipped. */
    public static TaskCatalog builtIn() {
        return BuiltIn.CATALOG;
    }

    /** The task of this name (ignoring case; {@code Toxicity} finds Toxicity Control), if known. */
    public Optional<Task> find(String name) {
        return Optional.ofNullable(tasks.get(key(name)));
    }

    /**
     * The task of this name.
     *
     * @throws IllegalArgumentException naming the known tasks and the nearest one, when none has this name
     */
    public Task require(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("Unknown task '" + shorten(name) + "'"
                + NearestKey.nearest(name, names()).map(n -> "; the nearest is '" + n + "'").orElse("") + ". Known tasks: "
                + String.join(", ", names()) + " ('" + TOXICITY_ALIAS + "' also names " + Task.TOXICITY_CONTROL
                + "). Tasks of your own can be added from a task YAML file."));
    }

    /**
     * The thresholds with each task named by its task's own name ({@code Toxicity} becomes {@code Toxicity Control}),
     * as checks and reports look them up.
     *
     * @throws IllegalArgumentException when a threshold names no known task
     */
    public io.github.personagym.Thresholds canonical(io.github.personagym.Thresholds written) {
        Map<String, Double> byTask = new java.util.LinkedHashMap<>();
        written.tasks().forEach((name, min) -> byTask.put(require(name).name(), min));
        return new io.github.personagym.Thresholds(written.personaScore(), byTask);
    }

    /** The key under which {@code written} sets the threshold of task {@code taskName} (its name, or another name of it). */
    public String keyFor(io.github.personagym.Thresholds written, String taskName) {
        return written.tasks().keySet().stream().filter(key -> find(key).map(Task::name).filter(taskName::equals)
                .isPresent()).findFirst().orElse(taskName);
    }

    /** Every task: the built-in ones in {@link Task#BUILT_IN_NAMES} order, then the custom ones as added. */
    public List<Task> all() {
        return List.copyOf(tasks.values());
    }

    /**
     * The tasks a persona asks for, in the order given and without repeats; no names means the five built-in
     * tasks (with any overridden rubric).
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public List<Task> select(List<String> names) {
        if (names.isEmpty()) {
            return Task.BUILT_IN_NAMES.stream().map(this::require).toList();
        }
        return List.copyOf(new LinkedHashSet<>(names.stream().map(this::require).toList()));
    }

    /** This catalogue with the tasks of a task file added, or replacing tasks of the same name. */
    public TaskCatalog withTasksFrom(Path yamlFile) {
        String source = yamlFile.toString();
        byte[] bytes;
        try {
            long size = Files.size(yamlFile);
            if (size > TaskFileParser.MAX_BYTES) {
                throw TaskFileParser.tooLarge(source, size);
            }
            bytes = Files.readAllBytes(yamlFile);
        } catch (IOException e) {
            throw new TaskFileException(source, "could not be read (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "). Check that the file exists and is readable.", e);
        }
        return withTasks(TaskFileParser.parse(source, bytes));
    }

    /**
     * This catalogue with a task added, or replacing the task of the same name. A task named like a built-in
     * one takes its canonical name and stays built-in; any other task is custom.
     */
    public TaskCatalog withTask(Task task) {
        return withTasks(List.of(task));
    }

    private TaskCatalog withTasks(List<Task> added) {
        var merged = new LinkedHashMap<>(tasks);
        for (Task task : added) {
            String key = key(task.name());
            Optional<String> builtInName = Task.BUILT_IN_NAMES.stream().filter(n -> key(n).equals(key)).findFirst();
            String name = builtInName.orElse(task.name().strip());
            merged.put(key, task.named(name, builtInName.isPresent()));
        }
        return new TaskCatalog(merged);
    }

    private List<String> names() {
        return tasks.values().stream().map(Task::name).toList();
    }

    static String key(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return key.equals(TOXICITY_ALIAS.toLowerCase(Locale.ROOT)) ? Task.TOXICITY_CONTROL.toLowerCase(Locale.ROOT) : key;
    }

    @Override
    public String toString() {
        return "TaskCatalog" + names();
    }

    private static final class BuiltIn {
        static final TaskCatalog CATALOG = load();

        private static TaskCatalog load() {
            var tasks = new LinkedHashMap<String, Task>();
            for (String name : Task.BUILT_IN_NAMES) {
                String resource = RESOURCE_FOLDER + name.toLowerCase(Locale.ROOT).replace(' ', '-') + ".yaml";
                List<Task> parsed = TaskFileParser.parse(resource.substring(1), read(resource));
                if (parsed.size() != 1 || !parsed.get(0).name().equals(name)) {
                    throw new IllegalStateException(resource + " must hold exactly the task '" + name + "'");
                }
                Task task = parsed.get(0);
                tasks.put(key(name), task.named(name, true));
            }
            return new TaskCatalog(tasks);
        }

        private static byte[] read(String resource) {
            try (InputStream in = TaskCatalog.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Built-in task resource missing from the jar: " + resource);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("Cannot read built-in task resource " + resource, e);
            }
        }
    }

    private static String shorten(String name) {
        return name.length() <= 80 ? name : name.substring(0, 79) + "\u2026";
    }
}
