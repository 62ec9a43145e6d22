package io.github.personagym.persona;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BrokenPersonaFilesTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(5);

    /** Column 0: no column is meaningful for that problem. */
    @ParameterizedTest(name = "{0} -> line {1}, column {2}: {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            unknown-key.yaml                | 5 | 1  | field 'speking-style': unknown key. Did you mean 'speaking-style'? Allowed keys: id, name, description
            unknown-threshold-key.yaml      | 3 | 3  | field 'thresholds.persona_score': unknown key. Did you mean 'persona-score'?
            missing-description.yaml        | 1 | 1  | the required key 'description' is missing
            blank-description.yaml          | 2 | 14 | field 'description': the value is blank
            billion-laughs.yaml             | 1 | 4  | anchor '&a': anchors and aliases are not supported
            alias.yaml                      | 4 | 8  | alias '*missing': anchors and aliases are not supported
            duplicate-key.yaml              | 4 | 1  | duplicate key: 'name' is already defined on line 2
            multiple-documents.yaml         | 2 | 1  | more than one YAML document
            empty.yaml                      | 1 | 0  | the file is empty
            comments-only.yaml              | 1 | 0  | the file is empty
            top-level-list.yaml             | 1 | 1  | the top level of a persona file must be a mapping
            tab-indentation.yaml            | 3 | 1  | a tab character is used for indentation
            bad-indentation.yaml            | 4 | 3  | indented differently
            unclosed-quote.yaml             | 4 | 1  | a quoted value is never closed (it opens on line 2)
            java-object-tag.yaml            | 2 | 7  | tag '!!javax.script.ScriptEngineManager' is not supported
            threshold-out-of-range.yaml     | 3 | 18 | field 'thresholds.persona-score': the value 7 is above the maximum of 5
            task-threshold-not-number.yaml  | 4 | 24 | field 'thresholds.tasks.Linguistic Habits': expected a number, but found text 'high'
            duplicate-environment.yaml      | 5 | 5  | field 'environments[2]': 'Harbour Pub' is listed twice (first on line 3)
            environments-not-a-list.yaml    | 2 | 15 | field 'environments': expected a list, but found text 'Harbour Pub'
            bad-id.yaml                     | 1 | 5  | field 'id': 'sea captain!' is not a valid id
            dot-id.yaml                     | 2 | 5  | field 'id': '..' is not a valid id
            bad-language.yaml               | 2 | 11 | field 'language': 'english_uk' is not a language tag
            attribute-not-scalar.yaml       | 5 | 5  | field 'attributes.ships': expected text, a number or true/false, but found a list
            attributes-not-a-mapping.yaml   | 3 | 3  | field 'attributes': expected a mapping
            empty-name.yaml                 | 2 | 6  | field 'name': expected text, but the value is empty
            deep-nesting.yaml               | 2 | 49 | nests lists and mappings more than 10 levels deep
            control-character.yaml          | 2 | 14 | the character U+0007 is not allowed
            latin1.yaml                     | 2 | 0  | not valid UTF-8: byte 0xE1 at byte offset 47 (byte 12 of line 2)
            """)
    void brokenFileIsRefusedWithFileLineColumnAndReason(String fixture, int line, int column, String phrase) {
        String resource = "personas/broken/" + fixture;

        var e = catchThrowableOfType(PersonaFileException.class,
                () -> PersonaLoader.loadResource(resource, getClass().getClassLoader()));

        String position = "classpath:" + resource + ":" + line + (column > 0 ? ":" + column : "") + ": ";
        assertThat(e).as("loading %s", fixture).isNotNull();
        assertThat(e.getMessage()).startsWith(position).contains(phrase);
        assertThat(e.firstLine()).isEqualTo(line);
        assertThat(e.firstColumn()).isEqualTo(column);
    }

    @Test
    void billionLaughsIsRefusedFast() {
        Path file = Path.of("src/test/resources/personas/broken/billion-laughs.yaml");

        var e = assertTimeoutPreemptively(HANG_GUARD,
                () -> catchThrowableOfType(PersonaFileException.class, () -> PersonaLoader.load(file)));

        assertThat(e.getMessage()).contains("billion-laughs.yaml:1:4: anchor '&a'");
    }

    @Test
    void fileOverOneMebibyteIsRefusedBeforeParsing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.yaml");
        Files.write(file, ("description: " + "x".repeat(PersonaLoader.MAX_FILE_BYTES)).getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> PersonaLoader.load(file))
                .hasMessageContaining("huge.yaml:1: the file is " + (PersonaLoader.MAX_FILE_BYTES + 13) + " bytes long")
                .hasMessageContaining("more than the limit of 1048576 bytes");
    }

    @Test
    void hugeClasspathResourceIsRefusedAfterReadingOnlyPastTheLimit(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("huge.yaml"), new byte[3 * PersonaLoader.MAX_FILE_BYTES]);

        try (var loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> PersonaLoader.loadResource("huge.yaml", loader))
                    .hasMessage("classpath:huge.yaml:1: the file is longer than 1048576 bytes, more than the limit"
                            + " of 1048576 bytes (1 MiB). A persona file holds one persona; keep it short.");
        }
    }

    @Test
    void hugeBytesHandedToParseAreRefusedToo() {
        byte[] content = new byte[PersonaLoader.MAX_FILE_BYTES + 1];

        assertThatThrownBy(() -> PersonaLoader.parse("big.yaml", content))
                .hasMessageContaining("big.yaml:1: the file is 1048577 bytes long");
    }

    @Test
    void thousandsOfOpenBracketsAreRefusedFastAtTheirDepthLimit() {
        byte[] content = ("description: x\nattributes: " + "[".repeat(500_000)).getBytes(StandardCharsets.UTF_8);

        var e = assertTimeoutPreemptively(HANG_GUARD,
                () -> catchThrowableOfType(PersonaFileException.class, () -> PersonaLoader.parse("deep.yaml", content)));

        assertThat(e.getMessage()).startsWith("deep.yaml:2:").contains("more than 10 levels deep");
    }

    @Test
    void invalidUtf8WrittenAsBytesNamesLineAndOffsetAndAsksForUtf8() {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes("description: A baker.\nname: Ada\nspeaking-style: caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.writeBytes(" talk\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> PersonaLoader.parse("cp1252.yaml", bytes.toByteArray()))
                .hasMessageContaining("cp1252.yaml:3: the file is not valid UTF-8: byte 0xE9 at byte offset 51 (byte 20 of line 3)")
                .hasMessageContaining("Save the file as UTF-8");
    }

    @Test
    void utf16IsRefusedWithAHintToSaveAsUtf8() {
        byte[] content = "\uFEFFdescription: A baker.".getBytes(StandardCharsets.UTF_16BE);

        assertThatThrownBy(() -> PersonaLoader.parse("utf16.yaml", content))
                .hasMessageContaining("utf16.yaml:1: the file is encoded as UTF-16")
                .hasMessageContaining("save the file as UTF-8");
    }

    @Test
    void hugeNumbersAreReadWithoutExactArithmetic() {
        byte[] content = ("description: x\nthresholds:\n  persona-score: 1" + "0".repeat(1000))
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PersonaLoader.parse("n.yaml", content))
                .hasMessageContaining("n.yaml:3:18: field 'thresholds.persona-score'")
                .hasMessageContaining("above the maximum of 5");
    }

    @Test
    void aDuplicateAtTheEndOfALongListIsFoundFast() {
        var yaml = new StringBuilder("description: x\nenvironments:\n");
        for (int i = 0; i < 50_000; i++) {
            yaml.append("- place ").append(i).append('\n');
        }
        yaml.append("- place 0\n");

        var e = assertTimeoutPreemptively(HANG_GUARD, () -> catchThrowableOfType(PersonaFileException.class,
                () -> PersonaLoader.parse("l.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8))));

        assertThat(e.getMessage()).isEqualTo("l.yaml:50003:3: field 'environments[50000]': 'place 0' is listed twice"
                + " (first on line 3). List each entry once.");
    }

    @Test
    void aMessageShowsTheFirstTwentyProblemsOfMany() {
        var yaml = new StringBuilder("description: x\n");
        for (int i = 0; i < 1000; i++) {
            yaml.append("unknown").append(i).append(": 1\n");
        }

        var e = catchThrowableOfType(PersonaFileException.class,
                () -> PersonaLoader.parse("u.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(e.problems()).hasSize(1000);
        assertThat(e.getMessage()).startsWith("1000 problems in persona file u.yaml:\n")
                .contains("u.yaml:21:1: field 'unknown19'").doesNotContain("u.yaml:22:1")
                .endsWith("(and 980 more; see problems())");
    }

    @Test
    void aNumberWhereTextIsExpectedSuggestsQuotes() {
        assertThatThrownBy(() -> PersonaLoader.parse("q.yaml", "description: x\nname: 1984\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("q.yaml:2:7: field 'name': expected text, but found a number '1984'."
                        + " Put it in quotes to make it text: \"1984\".");
    }

    @Test
    void longUnknownKeysAreShortenedInTheMessage() {
        byte[] content = ("description: x\n" + "k".repeat(500) + ": v").getBytes(StandardCharsets.UTF_8);

        var e = catchThrowableOfType(PersonaFileException.class, () -> PersonaLoader.parse("k.yaml", content));

        assertThat(e.getMessage()).contains("k.yaml:2:1: field '" + "k".repeat(60) + "...': unknown key.")
                .hasSizeLessThan(400);
    }
}
