package io.github.personagym.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's and the docs' code blocks marked {@code <!-- snippet: path -->} are taken from the sample:
 * every line of the block (but lines of "..." and the text after a trailing "...") stands in that file, in
 * the same order. A snippet that drifts from the code fails here.
 */
class DocumentationSnippetsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Pattern MARKER = Pattern.compile("<!-- snippet: (\\S+) -->\\s*\\n```\\w*\\n(.*?)\\n```",
            Pattern.DOTALL);

    record Snippet(String doc, String source, List<String> lines) {
        @Override
        public String toString() {
            return doc + " ← " + source;
        }
    }

    static Stream<Snippet> snippets() throws IOException {
        List<Snippet> found = new ArrayList<>();
        List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
            files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        for (Path doc : docs) {
            Matcher m = MARKER.matcher(Files.readString(doc));
            while (m.find()) {
                found.add(new Snippet(ROOT.relativize(doc).toString(), m.group(1), m.group(2).lines().toList()));
            }
        }
        assertThat(found).as("snippets marked in README.md and docs/").hasSizeGreaterThanOrEqualTo(9);
        return found.stream();
    }

    @ParameterizedTest
    @MethodSource("snippets")
    void snippetStandsInItsSourceFile(Snippet snippet) throws IOException {
        Path source = ROOT.resolve(snippet.source());
        assumeTrue(Files.isRegularFile(ROOT.resolve("README.md")), "not run from the repository");
        assertThat(source).as("source of a snippet in %s", snippet.doc()).isRegularFile();
        List<String> code = Files.readAllLines(source).stream().map(String::strip).toList();
        int at = 0;
        for (String line : snippet.lines()) {
            String wanted = line.strip();
            if (wanted.isEmpty() || wanted.equals("...")) {
                continue;
            }
            boolean elided = wanted.endsWith("...");
            String text = elided ? wanted.substring(0, wanted.length() - 3).strip() : wanted;
            int found = -1;
            for (int i = at; i < code.size() && found < 0; i++) {
                if (elided ? code.get(i).startsWith(text) : code.get(i).equals(text)) {
                    found = i;
                }
            }
            assertThat(found).as("%s: line '%s' is not in %s (after line %d)", snippet.doc(), wanted,
                    snippet.source(), at).isGreaterThanOrEqualTo(0);
            at = found + 1;
        }
    }
}
