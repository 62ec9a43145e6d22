package io.github.personagym.gate;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.github.personagym.evaluation.PersonaRun;
import io.github.personagym.judge.Verdict;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.personagym.evaluation.QuestionResult;
import io.github.personagym.score.ConfidenceInterval;
import io.github.personagym.score.MetricScore;
import io.github.personagym.score.PersonaScore;
import io.github.personagym.score.TaskScore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The committed baseline: per persona, the task scores, the PersonaScore, their intervals, the metric of each
 * judge-free task with its interval, and every question's score (or, for a judge-free task, its measured value). In the
 * JSON records below, a Java {@code null} is a JSON {@code null}: no score.
 */
@API(status = INTERNAL, since = "0.1")
public final class Baseline {

    static final int SCHEMA_VERSION = 1;
    private static final String TEMPORARY = ".tmp";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    record Score(Double score, List<Double> ci) {

        static Score of(OptionalDouble score, Optional<ConfidenceInterval> ci) {
            return new Score(score.isPresent() ? score.getAsDouble() : null,
                    ci.map(c -> List.of(c.low(), c.high())).orElse(null));
        }

        OptionalDouble value() {
            return score == null ? OptionalDouble.empty() : OptionalDouble.of(score);
        }
    }

    /**
     * A judge-free task's metric on its own scale (0 to 1).
     *
     * @param metric what the value is ({@code accuracy}, {@code ROUGE-L F1}): a task whose kind changed since is new
     */
    record Metric(String metric, Double score, List<Double> ci) {

        static Metric of(MetricScore metric) {
            Score score = Score.of(metric.value(), metric.ci());
            return new Metric(metric.metric(), score.score(), score.ci());
        }
    }

    /**
     * @param judges  the judges whose verdicts made these scores (absent in files written before they were
     *                recorded); scores of other judges are not compared with them
     * @param metrics the judge-free tasks' metrics, by task (absent in files written before they were recorded, and
     *                for personas without such tasks)
     */
    record Entry(String file, List<String> judges, Score personaScore, Map<String, Score> tasks,
                 @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Metric> metrics,
                 Map<String, Double> questions) {

        static List<String> judgesOf(PersonaRun run) {
            return run.result().questions().stream().flatMap(q -> q.judged().verdicts().stream())
                    .map(io.github.personagym.judge.Verdict::judge).distinct().sorted().toList();
        }

        static Entry of(PersonaRun run) {
            PersonaScore score = run.result().score();
            Map<String, Score> tasks = new LinkedHashMap<>();
            for (TaskScore task : score.tasks().values()) {
                tasks.put(task.task(), Score.of(task.score(), task.ci()));
            }
            Map<String, Metric> metrics = new LinkedHashMap<>();
            run.result().metrics().forEach(metric -> metrics.put(metric.task(), Metric.of(metric)));
            Map<String, Double> questions = new LinkedHashMap<>();
            for (QuestionResult q : run.result().questions()) {
                if (score.tasks().containsKey(q.task()) || metrics.containsKey(q.task())) {
                    OptionalDouble value = value(q);
                    questions.put(q.key(), value.isPresent() ? value.getAsDouble() : null);
                }
            }
            return new Entry(run.file(), judgesOf(run), Score.of(score.value(), score.ci()), tasks, metrics, questions);
        }

        /** A question's score: the judges' mean, or for a judge-free task's question its measured value. */
        static OptionalDouble value(QuestionResult q) {
            return q.score().isPresent() ? q.score() : q.measuredValue();
        }

        /**
         * The value the entry holds for a judge-free task's metric: empty when it holds none for the task, or holds
         * another metric (the task changed kind): then the task is new; an empty value when it holds {@code null}.
         */
        Optional<OptionalDouble> metric(String task, String metric) {
            Metric held = metrics == null ? null : metrics.get(task);
            if (held == null || !metric.equals(held.metric())) {
                return Optional.empty();
            }
            return Optional.of(held.score() == null ? OptionalDouble.empty() : OptionalDouble.of(held.score()));
        }

        OptionalDouble question(String key) {
            Double value = questions == null ? null : questions.get(key);
            return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
        }

        /** The task's score; a score without a value when the entry holds the task as {@code null}. */
        Optional<Score> task(String name) {
            if (tasks == null || !tasks.containsKey(name)) {
                return Optional.empty();
            }
            return Optional.of(java.util.Objects.requireNonNullElse(tasks.get(name), new Score(null, null)));
        }

        /** The scores this run has no value for ({@code PersonaScore} last): an entry without them is not written. */
        static List<String> withoutScore(PersonaRun run) {
            PersonaScore score = run.result().score();
            List<String> missing = new java.util.ArrayList<>(score.tasks().values().stream()
                    .filter(task -> task.score().isEmpty()).map(TaskScore::task).toList());
            run.result().metrics().stream().filter(metric -> metric.value().isEmpty())
                    .forEach(metric -> missing.add(metric.task() + " " + metric.metric()));
            if (score.value().isEmpty()) {
                missing.add(Comparison.PERSONA_SCORE);
            }
            return missing;
        }
    }

    record File(int schemaVersion, Map<String, Entry> personas) {
    }

    private final Map<String, Entry> personas;

    private Baseline(Map<String, Entry> personas) {
        this.personas = new TreeMap<>(personas);
    }

    static Baseline empty() {
        return new Baseline(Map.of());
    }

    /**
     * The baseline at {@code path}; empty when there is no such file.
     *
     * @throws UnknownSchemaVersion when the file declares a {@code schemaVersion} this build does not read
     * @throws BaselineException    when the file cannot be read
     */
    static Baseline read(Path path) {
        if (!Files.isRegularFile(path)) {
            return empty();
        }
        try {
            JsonNode tree = JSON.readTree(path.toFile());
            if (tree == null || !tree.isObject()) {
                throw new IOException("not a JSON object");
            }
            JsonNode version = tree.get("schemaVersion");
            if (version != null && !(version.isInt() && version.intValue() == SCHEMA_VERSION)) {
                throw new UnknownSchemaVersion(path, version.toString());
            }
            File file = JSON.treeToValue(tree, File.class);
            return new Baseline(file.personas() == null ? Map.of() : file.personas());
        } catch (IOException e) {
            throw new BaselineException("Cannot read the baseline " + path + ": " + e.getMessage()
                    + ". Fix it (a merge conflict?) or delete it and write a new one with " + RegressionGate.UPDATE_COMMAND
                    + "; an update never writes over a file it cannot read, so no entry in it is lost", e);
        }
    }

    /** The judges of the entries that record them, each list once. */
    java.util.Set<List<String>> judges() {
        var judges = new java.util.LinkedHashSet<List<String>>();
        personas.values().stream().map(Entry::judges).filter(java.util.Objects::nonNull).forEach(judges::add);
        return judges;
    }

    Optional<Entry> entry(String personaId) {
        return Optional.ofNullable(personas.get(personaId));
    }

    Baseline with(String personaId, Entry entry) {
        var merged = new TreeMap<>(personas);
        merged.put(personaId, entry);
        return new Baseline(merged);
    }

    /**
     * Writes the file in one step: the whole file is written beside it, forced to disk, then moved over it, so a
     * reader (or a crash) sees the old file or the new one, never half of one. Temporary files that a killed
     * writer left behind are deleted first: call this holding the {@link BaselineLock}, so none is in use.
     */
    void write(Path path) {
        try {
            Path absolute = path.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            deleteLeftovers(absolute);
            Path temporary = absolute.resolveSibling(absolute.getFileName() + "." + UUID.randomUUID() + TEMPORARY);
            try {
                try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    ByteBuffer bytes = ByteBuffer.wrap(toJson().getBytes(StandardCharsets.UTF_8));
                    while (bytes.hasRemaining()) {
                        out.write(bytes);
                    }
                    out.force(true);
                }
                move(temporary, absolute);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the baseline " + path + ": " + e.getMessage(), e);
        }
    }

    private static void deleteLeftovers(Path baseline) throws IOException {
        String prefix = baseline.getFileName() + ".";
        try (Stream<Path> siblings = Files.list(baseline.getParent())) {
            for (Path leftover : siblings.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.getFileName().toString().endsWith(TEMPORARY)).toList()) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(new File(SCHEMA_VERSION, personas)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A baseline file that exists but cannot be read. */
    static class BaselineException extends RuntimeException {
        BaselineException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * A baseline file of a schema version this build does not read (made by a later PersonaGym): neither compared
     * with nor written over.
     */
    static final class UnknownSchemaVersion extends BaselineException {
        UnknownSchemaVersion(Path path, String version) {
            super("The baseline " + path + " has schemaVersion " + version + ", but this build of PersonaGym reads "
                    + "schemaVersion " + SCHEMA_VERSION + " only, so it neither compares with it nor writes over it. "
                    + "Run the PersonaGym version that wrote it, or move the file away and write a new one with "
                    + RegressionGate.UPDATE_COMMAND, null);
        }
    }
}
