package io.github.personagym.persona;

import java.util.Set;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;

/**
 * A parser that refuses, as events stream past and before any node is built, what a persona file never
 * needs and an attacker likes: anchors and aliases (alias bombs), tags (object construction), a second
 * document, and nesting deeper than {@link PersonaLoader#MAX_NESTING_DEPTH}.
 */
final class ScreeningParser implements Parser {

    private static final String CORE_PREFIX = Tag.PREFIX;
    private static final Set<String> PLAIN_TAGS = Set.of("!", Tag.STR.getValue(), Tag.INT.getValue(),
            Tag.FLOAT.getValue(), Tag.BOOL.getValue(), Tag.NULL.getValue(), Tag.MAP.getValue(), Tag.SEQ.getValue());

    private final Parser parser;
    private final FileProblems problems;
    private int documents;
    private int depth;

    ScreeningParser(Parser parser, FileProblems problems) {
        this.parser = parser;
        this.problems = problems;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return parser.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public Event getEvent() {
        Event event = parser.getEvent();
        screen(event);
        return event;
    }

    private void screen(Event event) {
        switch (event.getEventId()) {
            case DocumentStart -> countDocument(event);
            case Alias -> throw refuseAlias((AliasEvent) event);
            case MappingStart, SequenceStart -> enterCollection((CollectionStartEvent) event);
            case MappingEnd, SequenceEnd -> depth--;
            case Scalar -> screenNode((ScalarEvent) event, ((ScalarEvent) event).getTag());
            default -> {
                // stream and document ends need no screening
            }
        }
    }

    private void countDocument(Event event) {
        documents++;
        if (documents > 1) {
            throw problems.refuse(event.getStartMark(), "the file holds more than one YAML document;"
                    + " a second one starts here.", "A persona file holds exactly one persona: remove the"
                    + " '---' separator and what follows, or move it to its own file.");
        }
    }

    private void enterCollection(CollectionStartEvent event) {
        screenNode(event, event.getTag());
        depth++;
        if (depth > PersonaLoader.MAX_NESTING_DEPTH) {
            throw problems.refuse(event.getStartMark(), "the document nests lists and mappings more than "
                    + PersonaLoader.MAX_NESTING_DEPTH + " levels deep.",
                    "A persona needs at most three levels (thresholds > tasks > a task).");
        }
    }

    private void screenNode(NodeEvent event, String tag) {
        if (event.getAnchor() != null) {
            throw problems.refuse(event.getStartMark(), "anchor '&" + event.getAnchor()
                    + "': anchors and aliases are not supported in persona files.", "Write each value out in full.");
        }
        if (tag != null && !PLAIN_TAGS.contains(tag)) {
            throw problems.refuse(event.getStartMark(), "tag '" + shortTag(tag)
                    + "' is not supported: persona files hold only text, numbers, true/false, lists and mappings.",
                    "Remove the tag.");
        }
    }

    private PersonaFileException refuseAlias(AliasEvent event) {
        return problems.refuse(event.getStartMark(), "alias '*" + event.getAnchor()
                + "': anchors and aliases are not supported in persona files.", "Write each value out in full.");
    }

    private static String shortTag(String tag) {
        return tag.startsWith(CORE_PREFIX) ? "!!" + tag.substring(CORE_PREFIX.length()) : tag;
    }
}
