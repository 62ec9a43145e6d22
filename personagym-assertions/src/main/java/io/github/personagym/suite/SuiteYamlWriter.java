package io.github.personagym.suite;

import io.github.personagym.Task;
import io.github.personagym.judge.ScoreExemplars;
import io.github.personagym.metric.AnswerKey;
import io.github.personagym.metric.Choices;
import io.github.personagym.metric.ReferenceAnswer;
import io.github.personagym.llm.Redaction;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes a suite as YAML laid out for people: a header that says what the file is, questions grouped by
 * task under a comment line, multi-line text as literal blocks. SnakeYAML renders each scalar, so quoting
 * and escaping are always valid YAML; each value passes through the {@link Redaction} before, so that an API key
 * in a generated question or exemplar is written as {@code [redacted]} (and quoted as the text it is).
 */
final class SuiteYamlWriter {

    private static final String INDENT = "  ";

    private final Yaml yaml = yaml();
    private final Redaction redaction;

    SuiteYamlWriter(Redaction redaction) {
        this.redaction = redaction;
    }

    String write(Suite suite) {
        var out = new StringBuilder(header(suite));
        entry(out, "", SuiteYamlReader.PERSONA, suite.personaId());
        entry(out, "", SuiteYamlReader.PERSONA_HASH, suite.personaHash());
        if (!suite.personaFields().isEmpty()) {
            out.append(SuiteYamlReader.PERSONA_FIELDS).append(":\n");
            suite.personaFields().forEach((field, hash) -> entry(out, INDENT, field, hash));
        }
        entry(out, "", SuiteYamlReader.GENERATOR, suite.generator());
        out.append('\n').append(SuiteYamlReader.ENVIRONMENTS).append(":\n");
        suite.environments().forEach(environment -> out.append(INDENT).append("- ").append(scalar(environment, INDENT + INDENT)).append('\n'));
        out.append('\n').append(SuiteYamlReader.QUESTIONS).append(":");
        if (suite.questions().isEmpty()) {
            out.append(" []");
        }
        out.append('\n');
        Optional<String> previousTask = Optional.empty();
        for (SuiteQuestion question : suite.questions()) {
            if (question.turn().filter(turn -> turn.number() > 1).isPresent()) {
                continue; // written with the first turn of its conversation
            }
            if (!previousTask.equals(Optional.of(question.task()))) {
                out.append('\n').append(INDENT).append("# ").append(redaction.redact(question.task()).replace('\n', ' '))
                        .append('\n');
                previousTask = Optional.of(question.task());
            } else {
                out.append('\n');
            }
            if (question.turn().isPresent()) {
                conversation(out, question, suite);
            } else {
                question(out, question);
            }
        }
        return out.toString();
    }

    private String header(Suite suite) {
        return """
                # PersonaGym suite of persona "%s": the environments selected for it, the questions asked of it
                # and the score exemplars the judges compare answers with.
                # The next run reuses this file as it is, so questions stay the same across runs: review it,
                # commit it, and edit it by hand if you like (keep each question key unique; a key names a test).
                # To make it anew, run once with -Dpersonagym.suite.regenerate=true.

                """.formatted(redaction.redact(suite.personaId()).replace('\n', ' '));
    }

    private void question(StringBuilder out, SuiteQuestion question) {
        String itemIndent = INDENT + INDENT;
        out.append(INDENT).append("- ");
        entryInline(out, itemIndent, SuiteYamlReader.KEY, question.key());
        entry(out, itemIndent, SuiteYamlReader.TASK, question.task());
        entry(out, itemIndent, SuiteYamlReader.ENVIRONMENT, question.environment());
        if (!question.context().isEmpty()) {
            out.append(itemIndent).append(SuiteYamlReader.CONTEXT).append(":\n");
            String turnIndent = itemIndent + INDENT + INDENT;
            question.context().forEach(turn -> {
                out.append(itemIndent).append(INDENT).append("- ");
                entryInline(out, turnIndent, turn.byUser() ? SuiteYamlReader.USER : SuiteYamlReader.PERSONA, turn.text());
            });
        }
        entry(out, itemIndent, SuiteYamlReader.QUESTION, question.text());
        question.exemplars().ifPresent(exemplars -> exemplars(out, itemIndent, exemplars));
        question.answerKey().ifPresent(key -> answerKey(out, itemIndent, key));
    }

    /** A conversation, from its first turn: its key, task and environment, then each user turn with its exemplars. */
    private void conversation(StringBuilder out, SuiteQuestion first, Suite suite) {
        String itemIndent = INDENT + INDENT;
        String conversation = first.turn().orElseThrow().conversation();
        out.append(INDENT).append("- ");
        entryInline(out, itemIndent, SuiteYamlReader.KEY, conversation);
        entry(out, itemIndent, SuiteYamlReader.TASK, first.task());
        entry(out, itemIndent, SuiteYamlReader.ENVIRONMENT, first.environment());
        out.append(itemIndent).append(SuiteYamlReader.TURNS).append(":\n");
        String turnIndent = itemIndent + INDENT + INDENT;
        suite.questions().stream()
                .filter(q -> q.turn().filter(turn -> turn.conversation().equals(conversation)).isPresent())
                .forEach(turn -> {
                    out.append(itemIndent).append(INDENT).append("- ");
                    entryInline(out, turnIndent, SuiteYamlReader.QUESTION, turn.text());
                    turn.exemplars().ifPresent(exemplars -> exemplars(out, turnIndent, exemplars));
                });
    }

    private void answerKey(StringBuilder out, String indent, AnswerKey key) {
        if (key instanceof ReferenceAnswer reference) {
            entry(out, indent, SuiteYamlReader.REFERENCE, reference.text());
            return;
        }
        Choices choices = (Choices) key;
        out.append(indent).append(SuiteYamlReader.OPTIONS).append(":\n");
        choices.options().forEach(option -> out.append(indent).append(INDENT).append("- ")
                .append(scalar(option, indent + INDENT + INDENT)).append('\n'));
        entry(out, indent, SuiteYamlReader.ANSWER, choices.answerLabel());
    }

    private void exemplars(StringBuilder out, String indent, ScoreExemplars exemplars) {
        out.append(indent).append(SuiteYamlReader.EXEMPLARS).append(":\n");
        String inner = indent + INDENT;
        entry(out, inner, SuiteYamlReader.GENERATOR, exemplars.generator());
        for (int score = Task.MIN_SCORE; score <= Task.MAX_SCORE; score++) {
            entry(out, inner, Integer.toString(score), exemplars.forScore(score));
        }
    }

    private void entry(StringBuilder out, String indent, String key, String value) {
        out.append(indent);
        entryInline(out, indent, key, value);
    }

    private void entryInline(StringBuilder out, String indent, String key, String value) {
        out.append(key).append(": ").append(scalar(value, indent)).append('\n');
    }

    /** The value as it follows "key: " at {@code indent}; continuation lines of a block get that indent. */
    private String scalar(String value, String indent) {
        String dumped = yaml.dump(Map.of("k", redaction.redact(value)));
        String rendered = dumped.substring("k: ".length(), dumped.length() - 1);
        String[] lines = rendered.split("\n", -1);
        var text = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            text.append('\n');
            if (!lines[i].isEmpty()) {
                text.append(indent).append(lines[i]);
            }
        }
        return text.toString();
    }

    private static Yaml yaml() {
        var options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        return new Yaml(new TextRepresenter(options), options);
    }

    /** Multi-line text as a literal block, which reads as the text itself; the emitter quotes where it must. */
    private static final class TextRepresenter extends Representer {

        TextRepresenter(DumperOptions options) {
            super(options);
            representers.put(String.class, data -> {
                String text = (String) data;
                return representScalar(Tag.STR, text, text.contains("\n")
                        ? DumperOptions.ScalarStyle.LITERAL : DumperOptions.ScalarStyle.PLAIN);
            });
        }
    }
}
