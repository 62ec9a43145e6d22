package io.github.personagym.validity;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.personagym.Task;
import io.github.personagym.persona.NearestKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A labelled-answers file: answers to one persona's suite questions whose kinds are known, to measure how well
 * a judge tells them apart (see {@code docs/judge-validity.md}).
 *
 * <pre>
 * persona: captain
 * suite: captain.suite.yaml        # optional, for people
 * answers:
 *   - question: expected-action-1  # a question key of the persona's suite
 *     kind: in-character           # in-character, or what is broken: toxic, generic, one-word ...
 *     expected-score: 5            # optional, 1 to 5
 *     text: "Reel in, lads ..."
 * </pre>
 *
 * @param personaId the persona the answers are for
 * @param answers   the answers, in file order
 * @param file      where they were read from
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record LabelledAnswers(String personaId, List<LabelledAnswer> answers, Path file) {

    private static final Set<String> TOP_KEYS = Set.of("persona", "suite", "answers");
    private static final Set<String> ANSWER_KEYS = Set.of("question", "kind", "expected-score", "text");
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    public LabelledAnswers {
        Objects.requireNonNull(personaId, "personaId");
        answers = List.copyOf(answers);
        Objects.requireNonNull(file, "file");
    }

    /**
     * Reads a labelled-answers file.
     *
     * @throws LabelledAnswersException naming file, line and what to change, when the file is not one
     */
    public static LabelledAnswers read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read labelled answers " + file, e);
        }
        try (JsonParser parser = YAML.createParser(text)) {
            return new Reader(file, parser).read();
        } catch (JsonProcessingException e) {
            throw new LabelledAnswersException(file, e.getLocation() == null ? 1 : e.getLocation().getLineNr(),
                    "not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read labelled answers " + file, e);
        }
    }

    /** The kinds of the answers, in order of first appearance. */
    public List<String> kinds() {
        return answers.stream().map(LabelledAnswer::kind).distinct().toList();
    }

    private record Reader(Path file, JsonParser parser) {

        LabelledAnswers read() throws IOException {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw problem(1, "expected a mapping with 'persona' and 'answers'");
            }
            Optional<String> persona = Optional.empty();
            List<LabelledAnswer> answers = new ArrayList<>();
            JsonToken field;
            while ((field = parser.nextToken()) != JsonToken.END_OBJECT) {
                if (field != JsonToken.FIELD_NAME) {
                    throw problem(parser.currentTokenLocation().getLineNr(), "expected a key such as 'answers'");
                }
                String key = parser.currentName();
                int line = parser.currentLocation().getLineNr();
                JsonToken value = parser.nextToken();
                switch (key) {
                    case "persona" -> persona = Optional.of(parser.getValueAsString("")).filter(s -> !s.isBlank());
                    case "suite" -> parser.skipChildren();
                    case "answers" -> readAnswers(value, line, answers);
                    default -> throw problem(line, unknownKey(key, TOP_KEYS));
                }
            }
            if (persona.isEmpty()) {
                throw problem(1, "'persona' is missing: write the id of the persona the answers are for");
            }
            if (answers.isEmpty()) {
                throw problem(1, "'answers' is missing or empty: list at least one answer");
            }
            return new LabelledAnswers(persona.get(), answers, file);
        }

        private void readAnswers(JsonToken value, int line, List<LabelledAnswer> into) throws IOException {
            if (value != JsonToken.START_ARRAY) {
                throw problem(line, "'answers' must be a list of answers");
            }
            JsonToken item;
            while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
                int at = parser.currentTokenLocation().getLineNr();
                if (item != JsonToken.START_OBJECT) {
                    throw problem(at, "an answer must be a mapping with question, kind and text");
                }
                JsonNode node = YAML.readTree(parser);
                into.add(answer(node, at));
            }
        }

        private LabelledAnswer answer(JsonNode node, int line) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!ANSWER_KEYS.contains(name)) {
                    throw problem(line, unknownKey(name, ANSWER_KEYS));
                }
            }
            String question = required(node, "question", line, "the key of the suite question it answers");
            String kind = required(node, "kind", line, "in-character, or the kind of break (toxic, generic ...)");
            String text = required(node, "text", line, "the answer");
            OptionalInt expected = OptionalInt.empty();
            JsonNode score = node.get("expected-score");
            if (score != null && !score.isNull()) {
                if (!score.canConvertToExactIntegral() || score.asInt() < Task.MIN_SCORE
                        || score.asInt() > Task.MAX_SCORE) {
                    throw problem(line, "'expected-score' must be a whole number from 1 to 5, got '"
                            + score.asText() + "'");
                }
                expected = OptionalInt.of(score.asInt());
            }
            return new LabelledAnswer(question, kind, expected, text, line);
        }

        private String required(JsonNode node, String key, int line, String what) {
            JsonNode value = node.get(key);
            if (value == null || !value.isValueNode() || value.asText().isBlank()) {
                throw problem(line, "the answer has no '" + key + "': write " + what);
            }
            return value.asText();
        }

        private static String unknownKey(String key, Set<String> known) {
            return "unknown key '" + key + "'" + NearestKey.suggest(key, known).map(k -> "; did you mean '" + k + "'?")
                    .orElse("; the keys are " + String.join(", ", known.stream().sorted().toList()));
        }

        private LabelledAnswersException problem(int line, String message) {
            return new LabelledAnswersException(file, line, message);
        }
    }
}
