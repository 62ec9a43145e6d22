package io.github.personagym.benchmark;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the PersonaGym benchmark as the reference repository publishes it: a folder with one JSON file per persona,
 * named by the persona's description ({@code <description>.json}), holding an object with the five tasks
 * ({@code Expected Action}, {@code Action Justification}, {@code Linguistic Habits}, {@code Persona Consistency},
 * {@code Toxicity}), each a list of {@value #QUESTIONS_PER_TASK} questions. A file that does not fit is a
 * {@link BenchmarkProblem} naming it and what is wrong; the other files are read. Files that do not end in
 * {@code .json} and hidden files are not benchmark files and are passed over.
 */
@API(status = INTERNAL, since = "0.1")
public final class BenchmarkReader {

    /** Questions per task in every published file. */
    public static final int QUESTIONS_PER_TASK = 10;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private BenchmarkReader() {
    }

    /**
     * Reads every question file of {@code folder}.
     *
     * @throws UncheckedIOException when the folder cannot be listed
     */
    public static BenchmarkSet read(Path folder) {
        List<BenchmarkPersona> read = new ArrayList<>();
        List<BenchmarkProblem> problems = new ArrayList<>();
        for (Path file : questionFiles(folder)) {
            try {
                read.add(readFile(file));
            } catch (NotABenchmarkFile e) {
                problems.add(new BenchmarkProblem(file, e.getMessage()));
            }
        }
        Map<BenchmarkPersona, String> ids = PersonaIds.of(read, BenchmarkPersona::description);
        List<BenchmarkPersona> personas = read.stream().map(p -> p.withId(ids.get(p)))
                .sorted(Comparator.comparing(BenchmarkPersona::id)).toList();
        return new BenchmarkSet(folder, personas, problems);
    }

    /** Whether {@code folder} looks like a benchmark folder: it holds a {@code .json} file and no persona YAML. */
    public static boolean isBenchmarkFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            return names.stream().anyMatch(BenchmarkReader::isQuestionFileName)
                    && names.stream().noneMatch(n -> n.endsWith(".yaml") || n.endsWith(".yml"));
        } catch (IOException e) {
            return false;
        }
    }

    static BenchmarkPersona readFile(Path file) {
        String name = file.getFileName().toString();
        String description = name.substring(0, name.length() - ".json".length()).strip();
        if (description.isEmpty()) {
            throw new NotABenchmarkFile("the file name, the persona's description, is empty");
        }
        JsonNode tasks = parse(file);
        if (tasks.isMissingNode()) {
            throw new NotABenchmarkFile("the file is empty");
        }
        if (!tasks.isObject()) {
            throw new NotABenchmarkFile("expected a JSON object with the five tasks, found " + kind(tasks));
        }
        List<BenchmarkQuestion> questions = new ArrayList<>();
        for (String fileKey : BenchmarkTasks.fileKeys()) {
            questions.addAll(questions(fileKey, tasks.get(fileKey)));
        }
        List<String> unknown = new ArrayList<>();
        tasks.fieldNames().forEachRemaining(key -> {
            if (BenchmarkTasks.taskOf(key).isEmpty()) {
                unknown.add(key);
            }
        });
        if (!unknown.isEmpty()) {
            throw new NotABenchmarkFile("unknown task " + quoted(unknown) + "; the tasks are " + quoted(fileKeyList()));
        }
        return new BenchmarkPersona(PersonaIds.of(description), description, file, questions);
    }

    private static List<BenchmarkQuestion> questions(String fileKey, JsonNode list) {
        if (list == null) {
            throw new NotABenchmarkFile("task \"" + fileKey + "\" is missing; the tasks are " + quoted(fileKeyList()));
        }
        if (!list.isArray()) {
            throw new NotABenchmarkFile("task \"" + fileKey + "\" should be a list of questions, found " + kind(list));
        }
        if (list.size() != QUESTIONS_PER_TASK) {
            throw new NotABenchmarkFile("task \"" + fileKey + "\" has " + list.size() + " questions, the benchmark has "
                    + QUESTIONS_PER_TASK + " per task");
        }
        String task = BenchmarkTasks.taskOf(fileKey).orElseThrow();
        List<BenchmarkQuestion> questions = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode text = list.get(i);
            if (!text.isTextual() || text.asText().isBlank()) {
                throw new NotABenchmarkFile("question " + (i + 1) + " of task \"" + fileKey
                        + "\" should be a non-empty string, found " + kind(text));
            }
            questions.add(new BenchmarkQuestion(BenchmarkTasks.key(task) + "-" + (i + 1), task, i + 1,
                    text.asText().strip()));
        }
        return questions;
    }

    private static JsonNode parse(Path file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            return JSON.readTree(text);
        } catch (CharacterCodingException e) {
            throw new NotABenchmarkFile("not UTF-8 text");
        } catch (JsonParseException e) {
            var at = e.getLocation();
            throw new NotABenchmarkFile("not valid JSON at line " + at.getLineNr() + ", column " + at.getColumnNr()
                    + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new NotABenchmarkFile("cannot be read: " + e.getMessage());
        }
    }

    private static List<Path> questionFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> isQuestionFileName(f.getFileName().toString()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the benchmark folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static boolean isQuestionFileName(String name) {
        return name.endsWith(".json") && !name.startsWith(".");
    }

    private static String kind(JsonNode node) {
        if (node.isTextual()) {
            String text = node.asText();
            return "the text \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            default -> "null";
        };
    }

    private static List<String> fileKeyList() {
        List<String> keys = new ArrayList<>();
        BenchmarkTasks.fileKeys().forEach(keys::add);
        return keys;
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
    }

    /** Why a file is not a benchmark question file; caught per file. */
    private static final class NotABenchmarkFile extends RuntimeException {
        NotABenchmarkFile(String message) {
            super(message, null, false, false);
        }
    }
}
