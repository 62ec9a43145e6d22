package io.github.personagym.persona;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites the JSON Schema validator's findings as sentences about the YAML file: what is wrong, at which
 * line and column, and what is allowed.
 */
final class SchemaMessages {

    private static final String NON_BLANK = "\\S";
    private static final int LONGEST_QUOTED_VALUE = 60;

    private final LocatedJsonTree tree;
    private final FileProblems problems;

    SchemaMessages(LocatedJsonTree tree, FileProblems problems) {
        this.tree = tree;
        this.problems = problems;
    }

    PersonaProblem rewrite(ValidationMessage finding, SchemaRule rule) {
        FieldPath path = instancePath(finding);
        return switch (finding.getType()) {
            case "additionalProperties" -> unknownKey(path.key(finding.getProperty()), rule);
            case "required" -> missing(path, finding.getProperty(), rule);
            case "type" -> wrongType(path, finding.getInstanceNode(), rule);
            case "minimum" -> at(path, "the value " + finding.getInstanceNode() + " is below the minimum of "
                    + finding.getSchemaNode() + ".", rule.description());
            case "maximum" -> at(path, "the value " + finding.getInstanceNode() + " is above the maximum of "
                    + finding.getSchemaNode() + ".", rule.description());
            case "pattern" -> badPattern(path, finding.getInstanceNode().asText(), finding.getSchemaNode().asText());
            case "uniqueItems" -> duplicateItem(path, finding.getInstanceNode());
            default -> at(path, "the value does not fit the persona schema (" + finding.getType() + ": "
                    + finding.getMessage() + ").", rule.description());
        };
    }

    private PersonaProblem unknownKey(FieldPath path, SchemaRule rule) {
        String key = String.valueOf(path.segments().get(path.segments().size() - 1));
        List<String> allowed = rule.allowedKeys();
        String suggestion = NearestKey.suggest(key, allowed)
                .map(nearest -> "Did you mean '" + nearest + "'? ").orElse("");
        String hint = suggestion + "Allowed keys: " + String.join(", ", allowed) + ".";
        return problems.at(tree.keyMark(path), shortened(path), "unknown key.", hint);
    }

    private PersonaProblem missing(FieldPath path, String key, SchemaRule rule) {
        String hint = rule.propertyDescription(key).map(text -> "'" + key + "' is " + lowerFirst(text)).orElse("");
        String where = path.isRoot() ? "" : " under '" + path + "'";
        return problems.at(tree.valueMark(path), path, "the required key '" + key + "' is missing" + where + ".",
                hint);
    }

    private PersonaProblem wrongType(FieldPath path, JsonNode value, SchemaRule rule) {
        String expected = alternatives(rule.expectedTypes().stream().map(SchemaMessages::typeWords).toList());
        String found = value.isNull() ? "the value is empty" : "found " + typeWords(value) + describe(value);
        String hint = switch (rule.expectedTypes().get(0)) {
            case "array" -> "Write one '- item' per line, indented under the key.";
            case "object" -> "Write 'key: value' lines, indented under the key.";
            case "string" -> value.isNumber() || value.isBoolean()
                    ? "Put it in quotes to make it text: \"" + shorten(value.asText()) + "\"." : rule.description();
            default -> rule.description();
        };
        return at(path, "expected " + expected + ", but " + found + ".", hint);
    }

    private PersonaProblem badPattern(FieldPath path, String value, String pattern) {
        if (NON_BLANK.equals(pattern)) {
            return at(path, "the value is blank.", "Write some text, or leave the key out.");
        }
        String last = String.valueOf(path.segments().get(path.segments().size() - 1));
        if ("id".equals(last)) {
            return at(path, quote(value) + " is not a valid id.",
                    "An id may contain only letters, digits, '.', '_' and '-'.");
        }
        if ("language".equals(last)) {
            return at(path, quote(value) + " is not a language tag.",
                    "Use a BCP 47 tag such as 'en', 'fr' or 'pt-BR'.");
        }
        return at(path, quote(value) + " does not match the pattern " + pattern + ".", "");
    }

    private PersonaProblem duplicateItem(FieldPath path, JsonNode array) {
        Map<JsonNode, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            Integer first = firstIndex.putIfAbsent(array.get(i), i);
            if (first != null) {
                return at(path.index(i), quote(array.get(i).asText()) + " is listed twice (first on line "
                        + (tree.valueMark(path.index(first)).getLine() + 1) + ").",
                        "List each entry once.");
            }
        }
        return at(path, "the list has duplicate entries.", "List each entry once.");
    }

    private PersonaProblem at(FieldPath path, String message, String hint) {
        return problems.at(tree.valueMark(path), shortened(path), message, hint);
    }

    private static FieldPath instancePath(ValidationMessage finding) {
        var location = finding.getInstanceLocation();
        var segments = new ArrayList<>();
        for (int i = 0; i < location.getNameCount(); i++) {
            segments.add(location.getElement(i));
        }
        return new FieldPath(segments);
    }

    private static FieldPath shortened(FieldPath path) {
        var segments = path.segments().stream()
                .map(segment -> segment instanceof String key ? shorten(key) : segment).toList();
        return new FieldPath(segments);
    }

    private static String typeWords(JsonNode value) {
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isBoolean()) {
            return "a true/false value";
        }
        return typeWords(value.isNumber() ? "number" : "string");
    }

    private static String typeWords(String schemaType) {
        return switch (schemaType) {
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "number", "integer" -> "a number";
            case "boolean" -> "true/false";
            case "null" -> "nothing";
            default -> "text";
        };
    }

    private static String alternatives(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    private static String describe(JsonNode value) {
        return value.isValueNode() ? " " + quote(value.asText()) : "";
    }

    private static String quote(String value) {
        return "'" + shorten(value) + "'";
    }

    private static String shorten(String value) {
        return value.length() <= LONGEST_QUOTED_VALUE ? value : value.substring(0, LONGEST_QUOTED_VALUE) + "...";
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
