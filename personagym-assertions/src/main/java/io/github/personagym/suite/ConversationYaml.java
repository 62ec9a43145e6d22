package io.github.personagym.suite;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.github.personagym.Turn;
import io.github.personagym.judge.ScoreExemplars;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the conversational parts of a suite entry: a dialogue question's {@code context} (earlier turns, each
 * {@code user: …} or {@code persona: …}) and a conversation's {@code turns} (each the user's message, or a mapping of
 * {@code question} and its {@code exemplars}), with the reader's errors that name line and column.
 */
@API(status = INTERNAL, since = "0.1")
public final class ConversationYaml {

    /** Fewest user turns of a conversation: one turn is a question, and drift needs an early and a late turn. */
    public static final int FEWEST_TURNS = 2;

    private static final Set<String> CONTEXT_TURN_FIELDS = Set.of(SuiteYamlReader.USER, SuiteYamlReader.PERSONA);
    private static final Set<String> TURN_FIELDS = Set.of(SuiteYamlReader.QUESTION, SuiteYamlReader.EXEMPLARS);
    private static final List<String> NOT_WITH_TURNS = List.of(SuiteYamlReader.QUESTION, SuiteYamlReader.CONTEXT,
            SuiteYamlReader.EXEMPLARS, SuiteYamlReader.REFERENCE, SuiteYamlReader.OPTIONS, SuiteYamlReader.ANSWER);

    private final SuiteYamlReader reader;

    ConversationYaml(SuiteYamlReader reader) {
        this.reader = reader;
    }

    /** The earlier turns of a dialogue question, oldest first. */
    List<Turn> context(Node node) {
        List<Turn> turns = new ArrayList<>();
        for (Node item : reader.sequence(node, SuiteYamlReader.CONTEXT)) {
            Map<String, NodeTuple> fields = reader.mapping(item, "a turn of 'context'", CONTEXT_TURN_FIELDS);
            if (fields.size() != 1) {
                throw reader.error(item, "a turn of 'context' is either 'user: <what the user said>' or 'persona:"
                        + " <what the persona answered>', one of them per turn. Split it into two turns.");
            }
            String speaker = fields.keySet().iterator().next();
            String text = reader.text(fields, speaker, item);
            turns.add(speaker.equals(SuiteYamlReader.USER) ? Turn.user(text) : Turn.persona(text));
        }
        if (turns.isEmpty()) {
            throw reader.error(node, "'context' is empty; list the earlier turns ('- user: …', '- persona: …'), or"
                    + " remove 'context' (a question without earlier turns belongs to a task of kind rubric).");
        }
        return turns;
    }

    /** The questions of a conversation, one per user turn, keyed {@code <key>-turn-<n>}. */
    List<SuiteQuestion> turns(Map<String, NodeTuple> fields, Node item, String key, String task, String environment) {
        for (String field : NOT_WITH_TURNS) {
            if (fields.containsKey(field)) {
                throw reader.error(fields.get(field).getKeyNode(), "a conversation ('turns') has no '" + field
                        + "' of its own: its user turns are listed under 'turns', each a message or a mapping of"
                        + " 'question' and its 'exemplars'. Move it into a turn, or remove it.");
            }
        }
        Node list = fields.get(SuiteYamlReader.TURNS).getValueNode();
        List<Node> items = reader.sequence(list, SuiteYamlReader.TURNS);
        if (items.size() < FEWEST_TURNS) {
            throw reader.error(list, "a conversation needs at least " + FEWEST_TURNS + " user turns, but this one has "
                    + items.size() + ". Add turns, or make it a question of a rubric or dialogue task.");
        }
        List<SuiteQuestion> questions = new ArrayList<>();
        for (int n = 1; n <= items.size(); n++) {
            Node turn = items.get(n - 1);
            String text;
            Optional<ScoreExemplars> exemplars = Optional.empty();
            if (turn instanceof ScalarNode) {
                text = reader.scalar(turn, "a turn");
                if (text.isBlank()) {
                    throw reader.error(turn, "turn " + n + " is blank. Write the user's message, or delete the turn.");
                }
            } else {
                Map<String, NodeTuple> turnFields = reader.mapping(turn, "a turn", TURN_FIELDS);
                text = reader.text(turnFields, SuiteYamlReader.QUESTION, turn);
                exemplars = Optional.ofNullable(turnFields.get(SuiteYamlReader.EXEMPLARS))
                        .map(tuple -> reader.exemplars(tuple.getValueNode()));
            }
            questions.add(new SuiteQuestion(ConversationTurn.key(key, n), task, environment, text, exemplars,
                    SuiteYamlReader.line(turn), Optional.empty(), List.of(),
                    Optional.of(new ConversationTurn(key, n, items.size()))));
        }
        return questions;
    }
}
