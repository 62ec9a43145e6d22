package io.github.personagym.persona;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A persona document as a Jackson tree, remembering for every field where its key and its value stand in the
 * YAML text and, for scalars, the text exactly as written. Duplicate and non-text keys are problems.
 */
final class LocatedJsonTree {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Longer numbers are parsed approximately: exact parsing of a megabyte of digits takes quadratic time. */
    private static final int LONGEST_EXACT_NUMBER = 40;

    private final FileProblems problems;
    private final Map<FieldPath, Mark> keyMarks = new HashMap<>();
    private final Map<FieldPath, Mark> valueMarks = new HashMap<>();
    private final Map<FieldPath, String> scalarTexts = new HashMap<>();
    private final List<PersonaProblem> found = new ArrayList<>();
    private final JsonNode root;

    LocatedJsonTree(MappingNode document, FileProblems problems) {
        this.problems = problems;
        this.root = convert(document, FieldPath.ROOT);
    }

    JsonNode root() {
        return root;
    }

    /** Problems met while converting: duplicate keys, keys that are not text. */
    List<PersonaProblem> problems() {
        return List.copyOf(found);
    }

    /** Where the key of a field stands, else where its value starts, else the start of the file. */
    Mark keyMark(FieldPath path) {
        Mark key = keyMarks.get(path);
        return key != null ? key : valueMark(path);
    }

    /** Where the value of a field starts, else the nearest enclosing value that has a mark. */
    Mark valueMark(FieldPath path) {
        FieldPath current = path;
        while (!valueMarks.containsKey(current) && !current.isRoot()) {
            current = new FieldPath(current.segments().subList(0, current.segments().size() - 1));
        }
        return valueMarks.get(current);
    }

    /** A scalar's text as written in the file (so {@code 1.50} stays {@code 1.50}). */
    Optional<String> scalarText(FieldPath path) {
        return Optional.ofNullable(scalarTexts.get(path));
    }

    private JsonNode convert(Node node, FieldPath path) {
        valueMarks.put(path, node.getStartMark());
        if (node instanceof MappingNode mapping) {
            return convertMapping(mapping, path);
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = JSON.arrayNode();
            for (Node item : sequence.getValue()) {
                array.add(convert(item, path.index(array.size())));
            }
            return array;
        }
        var scalar = (ScalarNode) node;
        scalarTexts.put(path, scalar.getValue());
        return scalarValue(scalar);
    }

    private ObjectNode convertMapping(MappingNode mapping, FieldPath path) {
        ObjectNode object = JSON.objectNode();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                found.add(problems.at(tuple.getKeyNode().getStartMark(), path,
                        "a key must be plain text, not a list or a mapping.", "Write the key as text."));
                continue;
            }
            String key = keyNode.getValue();
            FieldPath child = path.key(key);
            if (object.has(key)) {
                found.add(duplicate(child, keyNode.getStartMark()));
                continue;
            }
            keyMarks.put(child, keyNode.getStartMark());
            object.set(key, convert(tuple.getValueNode(), child));
        }
        return object;
    }

    private PersonaProblem duplicate(FieldPath child, Mark second) {
        int firstLine = keyMarks.get(child).getLine() + 1;
        String key = String.valueOf(child.segments().get(child.segments().size() - 1));
        return problems.at(second, child, "duplicate key: '" + key + "' is already defined on line "
                + firstLine + ".", "Keep one of the two (YAML keys must be unique within a mapping).");
    }

    private static JsonNode scalarValue(ScalarNode scalar) {
        Tag tag = scalar.getTag();
        String text = scalar.getValue();
        if (Tag.NULL.equals(tag)) {
            return JSON.nullNode();
        }
        if (Tag.BOOL.equals(tag)) {
            return JSON.booleanNode(text.equalsIgnoreCase("true"));
        }
        if (text.length() > LONGEST_EXACT_NUMBER && isNumber(tag, text)) {
            return JSON.numberNode(Double.parseDouble(text));
        }
        if (Tag.INT.equals(tag) && CoreSchemaResolver.INTEGER.matcher(text).matches()) {
            return JSON.numberNode(new BigInteger(text));
        }
        if (Tag.FLOAT.equals(tag) && CoreSchemaResolver.DECIMAL.matcher(text).matches()) {
            return JSON.numberNode(new BigDecimal(text));
        }
        return JSON.textNode(text);
    }

    private static boolean isNumber(Tag tag, String text) {
        return (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) && CoreSchemaResolver.DECIMAL.matcher(text).matches();
    }
}
