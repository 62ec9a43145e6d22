package io.github.personagym.suite;

import io.github.personagym.judge.ScoreExemplars;
import io.github.personagym.metric.AnswerKey;
import io.github.personagym.metric.Choices;
import io.github.personagym.metric.ReferenceAnswer;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a suite from YAML nodes, so that every question knows its line and every error names a line and
 * column.
 */
final class SuiteYamlReader {

    static final String PERSONA = "persona";
    static final String PERSONA_HASH = "persona-hash";
    static final String PERSONA_FIELDS = "persona-fields";
    static final String GENERATOR = "generator";
    static final String ENVIRONMENTS = "environments";
    static final String QUESTIONS = "questions";
    static final String KEY = "key";
    static final String TASK = "task";
    static final String ENVIRONMENT = "environment";
    static final String QUESTION = "question";
    static final String EXEMPLARS = "exemplars";
    static final String REFERENCE = "reference";
    static final String OPTIONS = "options";
    static final String ANSWER = "answer";
    static final String HAND_WRITTEN = "hand-written";
    static final String CONTEXT = "context";
    static final String TURNS = "turns";
    static final String USER = "user";

    private static final Set<String> SUITE_FIELDS = Set.of(PERSONA, PERSONA_HASH, PERSONA_FIELDS, GENERATOR,
            ENVIRONMENTS, QUESTIONS);
    private static final Set<String> QUESTION_FIELDS = Set.of(KEY, TASK, ENVIRONMENT, QUESTION, EXEMPLARS, REFERENCE,
            OPTIONS, ANSWER, CONTEXT, TURNS);
    private static final Set<String> EXEMPLAR_FIELDS = Set.of(GENERATOR, "1", "2", "3", "4", "5");
    private static final String REGENERATE = " Fix it by hand, or delete the file and run with"
            + " -Dpersonagym.suite.regenerate=true to make it anew.";

    private final Path file;

    SuiteYamlReader(Path file) {
        this.file = file;
    }

    Suite read(String yaml) {
        Node root = compose(yaml);
        Map<String, NodeTuple> fields = mapping(root, "the suite", SUITE_FIELDS);
        List<String> environments = environments(required(fields, ENVIRONMENTS, root));
        return new Suite(text(fields, PERSONA, root), text(fields, PERSONA_HASH, root),
                text(fields, GENERATOR, root), environments,
                questions(required(fields, QUESTIONS, root), environments), Optional.of(file), personaFields(fields));
    }

    /** The optional field hashes of the persona; anything unreadable there only costs the "which field" detail. */
    private Map<String, String> personaFields(Map<String, NodeTuple> fields) {
        NodeTuple tuple = fields.get(PERSONA_FIELDS);
        Map<String, String> hashes = new LinkedHashMap<>();
        if (tuple != null && tuple.getValueNode() instanceof MappingNode mapping) {
            for (NodeTuple entry : mapping.getValue()) {
                if (entry.getKeyNode() instanceof ScalarNode key && entry.getValueNode() instanceof ScalarNode value) {
                    hashes.put(key.getValue(), value.getValue());
                }
            }
        }
        return hashes;
    }

    private Node compose(String yaml) {
        try {
            Node root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
            if (root == null) {
                throw error(1, 1, "the file is empty; a suite needs persona, persona-hash, generator,"
                        + " environments and questions." + REGENERATE);
            }
            return root;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = "this is not valid YAML: " + e.getProblem() + "." + REGENERATE;
            throw mark == null ? error(1, 1, problem) : error(mark.getLine() + 1, mark.getColumn() + 1, problem);
        } catch (YAMLException e) {
            throw error(1, 1, "this is not valid YAML: " + e.getMessage() + "." + REGENERATE);
        }
    }

    private List<String> environments(Node node) {
        List<String> environments = new ArrayList<>();
        Map<String, Node> seen = new HashMap<>();
        for (Node item : sequence(node, ENVIRONMENTS)) {
            String environment = scalar(item, "an environment");
            Node previous = seen.putIfAbsent(environment.toLowerCase(Locale.ROOT), item);
            if (previous != null) {
                throw error(item, "environment '" + environment + "' is listed twice (also on line "
                        + line(previous) + "). Remove one.");
            }
            environments.add(environment);
        }
        if (environments.isEmpty()) {
            throw error(node, "'environments' is empty; list the environments the questions are set in.");
        }
        return environments;
    }

    private List<SuiteQuestion> questions(Node node, List<String> environments) {
        List<SuiteQuestion> questions = new ArrayList<>();
        Map<String, Node> keys = new HashMap<>();
        for (Node item : sequence(node, QUESTIONS)) {
            for (SuiteQuestion question : entry(item, environments)) {
                Node previous = keys.putIfAbsent(question.key(), item);
                if (previous != null) {
                    throw error(item, "question key '" + question.key() + "' is used twice, on lines "
                            + line(previous) + " and " + line(item) + ". Keys name tests, so each must be unique:"
                            + " rename one" + (question.turn().isPresent() ? " (the turns of conversation '"
                            + question.turn().get().conversation() + "' are keyed <key>-turn-<n>)" : "") + ".");
                }
                questions.add(question);
            }
        }
        return questions;
    }

    /** One entry of 'questions': a question, or a conversation, which is a question per turn. */
    private List<SuiteQuestion> entry(Node item, List<String> environments) {
        Map<String, NodeTuple> fields = mapping(item, "a question", QUESTION_FIELDS);
        String environment = text(fields, ENVIRONMENT, item);
        if (!environments.contains(environment)) {
            throw error(fields.get(ENVIRONMENT).getValueNode(), "environment '" + environment
                    + "' is not among the suite's environments " + environments
                    + ". Fix the name, or add it to 'environments'.");
        }
        if (fields.containsKey(TURNS)) {
            return new ConversationYaml(this).turns(fields, item, text(fields, KEY, item), text(fields, TASK, item),
                    environment);
        }
        Optional<ScoreExemplars> exemplars = Optional.ofNullable(fields.get(EXEMPLARS))
                .map(tuple -> exemplars(tuple.getValueNode()));
        Optional<AnswerKey> answerKey = answerKey(fields, item);
        List<io.github.personagym.Turn> context = List.of();
        if (fields.containsKey(CONTEXT)) {
            if (answerKey.isPresent()) {
                throw error(fields.get(CONTEXT).getKeyNode(), "'context' (earlier turns, for a task of kind dialogue)"
                        + " and " + (fields.containsKey(REFERENCE) ? "'reference'" : "'options'") + " (for a judge-free"
                        + " task) do not go together. Keep the one its task needs.");
            }
            context = new ConversationYaml(this).context(fields.get(CONTEXT).getValueNode());
        }
        return List.of(new SuiteQuestion(text(fields, KEY, item), text(fields, TASK, item), environment,
                text(fields, QUESTION, item), exemplars, line(item), answerKey, context, Optional.empty()));
    }

    /** A reference answer, or options with the answer; each excludes the other and the rubric's exemplars. */
    private Optional<AnswerKey> answerKey(Map<String, NodeTuple> fields, Node item) {
        boolean reference = fields.containsKey(REFERENCE);
        boolean options = fields.containsKey(OPTIONS);
        if (reference && options) {
            throw error(fields.get(OPTIONS).getKeyNode(), "a question has a 'reference' answer (for a task of kind"
                    + " reference) or 'options' (for a task of kind choice), not both. Keep the one its task needs.");
        }
        if ((reference || options) && fields.containsKey(EXEMPLARS)) {
            throw error(fields.get(EXEMPLARS).getKeyNode(), "score exemplars are for questions of rubric tasks, but this"
                    + " question has " + (reference ? "a 'reference' answer" : "'options'") + ", which is scored"
                    + " without a judge. Remove 'exemplars'.");
        }
        if (fields.containsKey(ANSWER) && !options) {
            throw error(fields.get(ANSWER).getKeyNode(), "'answer' names the right one of a question's 'options', but"
                    + " this question has none. Add 'options', or remove 'answer'"
                    + (reference ? "" : " (a reference answer is written under 'reference')") + ".");
        }
        if (reference) {
            return Optional.of(new ReferenceAnswer(text(fields, REFERENCE, item)));
        }
        return options ? Optional.of(choices(fields, item)) : Optional.empty();
    }

    private Choices choices(Map<String, NodeTuple> fields, Node item) {
        Node list = fields.get(OPTIONS).getValueNode();
        List<String> options = new ArrayList<>();
        Map<String, Node> seen = new HashMap<>();
        for (Node option : sequence(list, OPTIONS)) {
            String text = scalar(option, "an option").strip();
            if (text.isEmpty()) {
                throw error(option, "an option is blank. Write it, or delete it.");
            }
            Node previous = seen.putIfAbsent(text.toLowerCase(Locale.ROOT), option);
            if (previous != null) {
                throw error(option, "option '" + text + "' is given twice (also on line " + line(previous)
                        + "). Remove one.");
            }
            options.add(text);
        }
        if (options.size() < 2 || options.size() > Choices.MOST) {
            throw error(list, "a multiple-choice question has 2 to " + Choices.MOST + " options (labelled A, B, C …"
                    + " in order), but this one has " + options.size() + ".");
        }
        if (!fields.containsKey(ANSWER)) {
            throw error(item, "a question with 'options' needs 'answer': the letter of the right option (A for the"
                    + " first). Add it.");
        }
        Node answerNode = fields.get(ANSWER).getValueNode();
        String answer = text(fields, ANSWER, item).strip();
        int index = answerIndex(options, answer);
        if (index < 0) {
            List<String> labels = java.util.stream.IntStream.range(0, options.size()).mapToObj(Choices::label).toList();
            throw error(answerNode, "answer '" + answer + "' is not one of the options: write the letter of the right"
                    + " one, " + String.join(", ", labels) + " (options are labelled in order), or its text.");
        }
        return new Choices(options, index);
    }

    private static int answerIndex(List<String> options, String answer) {
        if (answer.length() == 1 && Character.isLetter(answer.charAt(0))) {
            int index = Character.toUpperCase(answer.charAt(0)) - 'A';
            return index >= 0 && index < options.size() ? index : -1;
        }
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).equalsIgnoreCase(answer)) {
                return i;
            }
        }
        return -1;
    }

    ScoreExemplars exemplars(Node node) {
        Map<String, NodeTuple> fields = mapping(node, "exemplars", EXEMPLAR_FIELDS);
        List<String> byScore = new ArrayList<>();
        for (int score = 1; score <= 5; score++) {
            if (!fields.containsKey(Integer.toString(score))) {
                throw error(node, "exemplars need an example answer for each score 1 to 5; score " + score
                        + " is missing. Add it, or remove 'exemplars' to have them made anew on the next run.");
            }
            byScore.add(text(fields, Integer.toString(score), node));
        }
        String generator = fields.containsKey(GENERATOR) ? text(fields, GENERATOR, node) : HAND_WRITTEN;
        return new ScoreExemplars(byScore, generator);
    }

    Map<String, NodeTuple> mapping(Node node, String what, Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, what + " must be a mapping of " + sorted(allowed) + ".");
        }
        Map<String, NodeTuple> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String name = scalar(tuple.getKeyNode(), "a field name");
            if (!allowed.contains(name)) {
                throw error(tuple.getKeyNode(), "unknown field '" + name + "' in " + what + "; expected "
                        + sorted(allowed) + ". Check the spelling.");
            }
            NodeTuple previous = fields.putIfAbsent(name, tuple);
            if (previous != null) {
                throw error(tuple.getKeyNode(), "field '" + name + "' appears twice in " + what
                        + " (also on line " + line(previous.getKeyNode()) + "). Keep one.");
            }
        }
        return fields;
    }

    private Node required(Map<String, NodeTuple> fields, String name, Node owner) {
        NodeTuple tuple = fields.get(name);
        if (tuple == null) {
            throw error(owner, "field '" + name + "' is missing. Add it.");
        }
        return tuple.getValueNode();
    }

    String text(Map<String, NodeTuple> fields, String name, Node owner) {
        Node value = required(fields, name, owner);
        String text = scalar(value, "'" + name + "'");
        if (text.isBlank()) {
            throw error(value, "'" + name + "' is blank. Write it, or delete the entry.");
        }
        return text;
    }

    String scalar(Node node, String what) {
        if (!(node instanceof ScalarNode scalar)) {
            throw error(node, what + " must be a single value, not a " + kind(node) + ".");
        }
        return scalar.getValue();
    }

    List<Node> sequence(Node node, String name) {
        if (node instanceof ScalarNode scalar && scalar.getValue().isEmpty()) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            throw error(node, "'" + name + "' must be a list (items starting with '- '), not a " + kind(node) + ".");
        }
        return sequence.getValue();
    }

    private static String kind(Node node) {
        return switch (node.getNodeId()) {
            case scalar -> "single value";
            case sequence -> "list";
            case mapping -> "mapping";
            default -> node.getNodeId().name();
        };
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    SuiteFileException error(Node node, String problem) {
        return error(line(node), node.getStartMark().getColumn() + 1, problem);
    }

    private SuiteFileException error(int line, int column, String problem) {
        return new SuiteFileException(file, line, column, problem);
    }
}
