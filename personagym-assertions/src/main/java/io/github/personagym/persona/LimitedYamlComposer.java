package io.github.personagym.persona;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Composes the text of a persona file into SnakeYAML nodes (with their line marks) and never into objects:
 * no constructor runs, so no tag can instantiate a class. Syntax errors become problems at their mark.
 */
final class LimitedYamlComposer {

    private final FileProblems problems;

    LimitedYamlComposer(FileProblems problems) {
        this.problems = problems;
    }

    /** The top-level mapping of the file, or a refusal. */
    MappingNode compose(String text) {
        Node root;
        try {
            var options = options();
            var parser = new ScreeningParser(new ParserImpl(new StreamReader(text), options), problems);
            root = new Composer(parser, new CoreSchemaResolver(), options).getSingleNode();
        } catch (MarkedYAMLException e) {
            throw problems.refuse(YamlSyntaxMessages.problem(e, problems));
        } catch (ReaderException e) {
            throw problems.refuse(YamlSyntaxMessages.problem(e, text, problems));
        } catch (YAMLException e) {
            throw problems.refuse(problems.wholeFile("the file cannot be read as YAML: " + e.getMessage(),
                    ""));
        }
        return topLevelMapping(root);
    }

    private MappingNode topLevelMapping(Node root) {
        if (root == null || isNull(root)) {
            throw problems.refuse(problems.wholeFile("the file is empty.",
                    "A persona needs at least a 'description: ...' line."));
        }
        if (root instanceof MappingNode mapping) {
            return mapping;
        }
        String found = root.getNodeId() == NodeId.sequence ? "a list" : "a single value";
        throw problems.refuse(problems.at(root.getStartMark(), FieldPath.ROOT,
                "the top level of a persona file must be a mapping of keys to values, but this file holds "
                        + found + ".", "Start with a line such as 'description: A retired sea captain ...'."));
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    private static LoaderOptions options() {
        var options = new LoaderOptions();
        // LocatedJsonTree reports duplicate keys itself, naming the lines of both.
        options.setAllowDuplicateKeys(true);
        // A second guard: ScreeningParser already refuses every anchor and alias.
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(PersonaLoader.MAX_NESTING_DEPTH + 1);
        options.setCodePointLimit(PersonaLoader.MAX_FILE_BYTES);
        options.setProcessComments(false);
        options.setMergeOnCompose(false);
        options.setTagInspector(tag -> false);
        return options;
    }
}
