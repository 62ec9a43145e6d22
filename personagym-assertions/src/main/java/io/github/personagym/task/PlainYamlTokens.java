package io.github.personagym.task;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;

/**
 * The tokens of a task file, refusing what a task file never needs and a hostile file might use: anchors,
 * aliases and tags other than YAML's own ({@code !!str} and the like), as the persona loader does.
 */
final class PlainYamlTokens extends JsonParserDelegate {

    private static final java.util.Set<String> CORE_TAGS = java.util.Set.of("str", "int", "float", "bool", "null",
            "seq", "map");

    private final String source;
    private final YAMLParser yaml;

    PlainYamlTokens(String source, YAMLParser yaml) {
        super(yaml);
        this.source = source;
        this.yaml = yaml;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = super.nextToken();
        if (token != null && (yaml.isCurrentAlias() || yaml.getCurrentAnchor() != null)) {
            throw refused("anchors and aliases (&name, *name) are not supported in a task file; write the text"
                    + " out in full");
        }
        String tag = token == null ? null : yaml.getTypeId();
        if (tag != null && !CORE_TAGS.contains(tag.replaceFirst("^(tag:yaml\\.org,2002:|!!)", ""))) {
            throw refused("the tag '" + tag + "' is not supported in a task file; remove it");
        }
        return token;
    }

    private TaskFileException refused(String problem) {
        JsonLocation at = yaml.currentTokenLocation();
        return new TaskFileException(source, at.getLineNr(), at.getColumnNr(), problem + ".");
    }
}
