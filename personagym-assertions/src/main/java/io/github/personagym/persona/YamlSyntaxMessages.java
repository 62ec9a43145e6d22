package io.github.personagym.persona;

import java.util.Locale;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/** Turns SnakeYAML's syntax errors into sentences that say what is wrong and how to fix it. */
final class YamlSyntaxMessages {

    private static final String INDENTATION_HINT = "Indent with spaces only, the same number for keys of the"
            + " same mapping, and quote a value that contains ': ' or starts with a special character.";

    private YamlSyntaxMessages() {
    }

    static PersonaProblem problem(MarkedYAMLException e, FileProblems problems) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        String text;
        String hint = INDENTATION_HINT;
        if (problem.contains("\\t(TAB)") || problem.contains("\t")) {
            text = "a tab character is used for indentation; YAML allows only spaces there.";
            hint = "Replace the tab with spaces.";
        } else if (problem.contains("mapping values are not allowed")) {
            text = "YAML syntax error: a ':' appears where no new key can start.";
        } else if (problem.contains("end of stream") && context.contains("quoted")) {
            text = "YAML syntax error: a quoted value is never closed" + since(e.getContextMark()) + ".";
            hint = "Add the closing quote.";
        } else if (problem.contains("could not find expected ':'")) {
            mark = e.getContextMark() != null ? e.getContextMark() : mark;
            text = "YAML syntax error: a key is not followed by ':' (a key must fit on one line, in at most"
                    + " 1024 characters).";
        } else if (problem.startsWith("expected <block end>")) {
            text = "YAML syntax error: this line is indented differently from the lines of the same block.";
        } else {
            text = "YAML syntax error: " + sentence(context, problem);
        }
        return mark == null ? problems.wholeFile(text, hint) : problems.at(mark, FieldPath.ROOT, text, hint);
    }

    static PersonaProblem problem(ReaderException e, String text, FileProblems problems) {
        int[] lineAndColumn = lineAndColumn(text, e.getPosition());
        String message = String.format(Locale.ROOT, "the character U+%04X is not allowed in YAML files.",
                e.getCodePoint());
        return problems.at(lineAndColumn[0], lineAndColumn[1], FieldPath.ROOT, message,
                "Remove it; control characters other than tab and line breaks cannot appear in a persona file.");
    }

    private static String since(Mark contextMark) {
        return contextMark == null ? "" : " (it opens on line " + (contextMark.getLine() + 1) + ")";
    }

    private static String sentence(String context, String problem) {
        String both = context.isEmpty() ? problem : context + ", " + problem;
        return both.endsWith(".") ? both : both + ".";
    }

    private static int[] lineAndColumn(String text, int codePointIndex) {
        int line = 1;
        int column = 1;
        int index = 0;
        for (int i = 0; i < text.length() && index < codePointIndex; i += Character.charCount(text.codePointAt(i))) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            index++;
        }
        return new int[] {line, column};
    }
}
