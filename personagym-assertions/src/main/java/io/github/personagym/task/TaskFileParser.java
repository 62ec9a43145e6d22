package io.github.personagym.task;

import io.github.personagym.persona.NearestKey;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.personagym.Task;
import io.github.personagym.TaskKind;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Reads a task file: one task mapping, or a mapping whose only key {@code tasks} holds a list of them.
 * Walks the YAML tokens itself so that every problem is reported at the line where it is.
 */
final class TaskFileParser {

    static final int MAX_BYTES = 1 << 20;
    static final List<String> KEYS = List.of("name", "kind", "description", "question-guidance", "criteria");
    private static final Map<String, String> WHAT_TO_WRITE = Map.of(
            "name", "the task's name as reports should show it",
            "kind", "how its answers are scored: one of " + String.join(", ", TaskKind.ids()),
            "description", "what the task measures",
            "question-guidance", "how a generator should write questions that probe the task",
            "criteria", "one criterion per score, keyed 1 to 5");
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private record Located(Task task, JsonLocation at) {
    }

    private final String source;
    private final JsonParser parser;

    private TaskFileParser(String source, JsonParser parser) {
        this.source = source;
        this.parser = parser;
    }

    /** The tasks of a file, in file order, none of them marked built-in. */
    static List<Task> parse(String source, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(source, bytes.length);
        }
        String text = utf8(source, bytes);
        try (JsonParser parser = new PlainYamlTokens(source, (YAMLParser) YAML.createParser(text))) {
            return new TaskFileParser(source, parser).file();
        } catch (StreamReadException e) {
            JsonLocation at = e.getLocation();
            String original = e.getOriginalMessage();
            String problem = original.startsWith("Duplicate field")
                    ? "the key " + original.substring("Duplicate field ".length()) + " is given twice. Keep one."
                    : "this is not valid YAML (" + yamlProblem(original) + "). Fix the YAML at that place; a task"
                            + " file is a mapping with the keys " + String.join(", ", KEYS) + ".";
            throw new TaskFileException(source, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    problem);
        } catch (IOException e) {
            throw new TaskFileException(source, "could not be read (" + e.getMessage() + ")", e);
        }
    }

    /** SnakeYAML's message without its indented excerpts and position lines, which the location replaces. */
    private static String yamlProblem(String message) {
        String why = message.lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("in "))
                .map(String::strip)
                .collect(java.util.stream.Collectors.joining("; "));
        return why.isEmpty() ? "malformed YAML" : why;
    }

    static TaskFileException tooLarge(String source, long size) {
        return new TaskFileException(source, 0, 0, "the file has " + size + " bytes, more than the " + MAX_BYTES
                + " a task file may have. Split it into several files.");
    }

    private static String utf8(String source, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new TaskFileException(source, 0, 0, "the file is not UTF-8 text. Save it as UTF-8.");
        }
    }

    private List<Task> file() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw problem(parser.currentLocation(), "the file is empty. Write one task (keys "
                    + String.join(", ", KEYS) + ") or a 'tasks:' list of them.");
        }
        if (first != JsonToken.START_OBJECT) {
            throw problem(here(), "a task file holds one task (a mapping with the keys " + String.join(", ", KEYS)
                    + ") or 'tasks:' with a list of them, but this file starts with " + describe(first) + ".");
        }
        JsonLocation start = here();
        List<Located> tasks;
        if (parser.nextToken() == JsonToken.FIELD_NAME && parser.currentName().equals("tasks")) {
            tasks = taskList();
            if (parser.nextToken() != JsonToken.END_OBJECT) {
                throw problem(here(), "a file with a 'tasks:' list holds nothing else, but it also has '"
                        + parser.currentName() + "'. Move it into one of the tasks or remove it.");
            }
        } else {
            tasks = List.of(new Located(taskBody(start), start));
        }
        if (parser.nextToken() != null) {
            throw problem(here(), "a task file holds one YAML document, but this one has more. Put all tasks"
                    + " into one 'tasks:' list.");
        }
        return distinct(tasks);
    }

    private List<Located> taskList() throws IOException {
        JsonLocation listAt = here();
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            throw problem(here(), "'tasks' takes a list of tasks, each entry starting with '- name:', but found "
                    + describe(parser.currentToken()) + ".");
        }
        List<Located> tasks = new ArrayList<>();
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            JsonLocation start = here();
            parser.nextToken();
            tasks.add(new Located(taskBody(start), start));
        }
        if (parser.currentToken() != JsonToken.END_ARRAY) {
            throw problem(here(), "each entry of 'tasks' is a task with the keys " + String.join(", ", KEYS)
                    + ", but found " + describe(parser.currentToken()) + ".");
        }
        if (tasks.isEmpty()) {
            throw problem(listAt, "'tasks' is empty. Add at least one task, or delete the file.");
        }
        return tasks;
    }

    private Task taskBody(JsonLocation start) throws IOException {
        Map<String, String> texts = new HashMap<>();
        List<String> criteria = null;
        JsonLocation criteriaAt = null;
        TaskKind kind = TaskKind.RUBRIC;
        while (parser.currentToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonLocation keyAt = here();
            parser.nextToken();
            switch (key) {
                case "name", "description", "question-guidance" -> texts.put(key, text("'" + key + "'", WHAT_TO_WRITE.get(key)));
                case "kind" -> kind = kind();
                case "criteria" -> {
                    criteriaAt = keyAt;
                    criteria = criteria();
                }
                default -> throw unknownKey(key, keyAt);
            }
            parser.nextToken();
        }
        String name = texts.getOrDefault("name", "");
        String task = name.isEmpty() ? "a task" : "task '" + name + "'";
        for (String key : required(kind)) {
            if (!texts.containsKey(key) && !(key.equals("criteria") && criteria != null)) {
                throw problem(start, task + " has no '" + key + "'. Add '" + key + ":' with " + WHAT_TO_WRITE.get(key)
                        + ".");
            }
        }
        if (kind.judgeFree() && criteria != null) {
            throw problem(criteriaAt, task + " is of kind " + kind.id() + ", which is scored by " + kind.metric()
                    + " against what its questions give in the suite, not by a rubric. Remove 'criteria', or make"
                    + " the task of kind rubric.");
        }
        if (kind != TaskKind.RUBRIC && Task.BUILT_IN_NAMES.stream().anyMatch(n -> TaskCatalog.key(n).equals(TaskCatalog.key(name)))) {
            throw problem(start, task + " is named like one of PersonaGym's built-in tasks, which are of kind rubric."
                    + " Give a task of kind " + kind.id() + " a name of its own.");
        }
        return new Task(name, texts.get("description"), texts.getOrDefault("question-guidance", ""),
                criteria == null ? List.of() : criteria, false, kind);
    }

    /** The keys a task of this kind must have: a rubric task also needs its question guidance and criteria. */
    private static List<String> required(TaskKind kind) {
        return !kind.judgeFree() ? List.of("name", "description", "question-guidance", "criteria")
                : List.of("name", "description");
    }

    private TaskKind kind() throws IOException {
        JsonLocation at = here();
        String id = text("'kind'", WHAT_TO_WRITE.get("kind"));
        return TaskKind.of(id).orElseThrow(() -> problem(at, "unknown kind '" + id + "'."
                + NearestKey.suggest(id, TaskKind.ids()).map(nearest -> " Did you mean '" + nearest + "'?").orElse("")
                + " A task's kind is one of " + String.join(", ", TaskKind.ids()) + " (rubric when 'kind' is left out)."));
    }

    private List<String> criteria() throws IOException {
        JsonLocation start = here();
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw problem(start, "'criteria' maps each score 1 to 5 to its criterion (e.g. '1: The answer ...'),"
                    + " but found " + describe(parser.currentToken()) + ".");
        }
        String[] byScore = new String[Task.MAX_SCORE];
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonLocation keyAt = here();
            int score = scoreOf(key);
            if (score < 0) {
                throw problem(keyAt, "'criteria' has the key '" + key + "', but rubrics score from 1 to 5. Keep"
                        + " exactly five criteria, keyed 1 to 5.");
            }
            if (byScore[score - 1] != null) {
                throw problem(keyAt, "'criteria' gives score " + score + " twice. Keep one criterion per score.");
            }
            parser.nextToken();
            byScore[score - 1] = text("the criterion for score " + score, "what an answer worth " + score + " is like");
        }
        int[] missing = IntStream.rangeClosed(1, Task.MAX_SCORE).filter(s -> byScore[s - 1] == null).toArray();
        if (missing.length > 0) {
            throw problem(start, "'criteria' has no criterion for score " + join(missing) + ". A rubric needs"
                    + " exactly five criteria, one for each score 1 to 5.");
        }
        return List.of(byScore);
    }

    private String text(String what, String hint) throws IOException {
        JsonToken token = parser.currentToken();
        if (!token.isScalarValue() || token == JsonToken.VALUE_NULL) {
            throw problem(here(), what + " takes text (" + hint + "), but found " + describe(token) + ".");
        }
        String text = parser.getText().strip();
        if (text.isEmpty()) {
            throw problem(here(), what + " is blank. Write " + hint + ".");
        }
        return text;
    }

    private TaskFileException unknownKey(String key, JsonLocation at) {
        String known = "A task has the keys " + String.join(", ", KEYS) + ".";
        String guess = NearestKey.suggest(key, KEYS)
                .map(nearest -> " Did you mean '" + nearest + "'?")
                .orElse("");
        return problem(at, "unknown key '" + key + "'." + guess + " " + known);
    }

    private List<Task> distinct(List<Located> tasks) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            String key = TaskCatalog.key(tasks.get(i).task().name());
            Integer earlier = seen.putIfAbsent(key, i);
            if (earlier != null) {
                throw problem(tasks.get(i).at(), "task '" + tasks.get(i).task().name() + "' is defined twice in"
                        + " this file (entries " + (earlier + 1) + " and " + (i + 1) + "). Keep one of them.");
            }
        }
        return tasks.stream().map(Located::task).toList();
    }

    private static int scoreOf(String key) {
        try {
            int score = Integer.parseInt(key.strip());
            return score >= Task.MIN_SCORE && score <= Task.MAX_SCORE ? score : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String join(int[] scores) {
        return String.join(" and ", IntStream.of(scores).mapToObj(Integer::toString).toList());
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_OBJECT -> "a mapping";
            case START_ARRAY -> "a list";
            case VALUE_NULL -> "nothing";
            case END_OBJECT, END_ARRAY -> "the end of the enclosing block";
            default -> "a single value";
        };
    }

    private JsonLocation here() {
        return parser.currentTokenLocation();
    }

    private TaskFileException problem(JsonLocation at, String message) {
        return new TaskFileException(source, at.getLineNr(), at.getColumnNr(), message);
    }
}
