package io.github.personagym.suite;

import io.github.personagym.persona.PersonaFingerprint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.personagym.config.Configuration;
import io.github.personagym.judge.ScoreExemplars;
import io.github.personagym.llm.Redaction;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

public class SuiteFileTest {

    @TempDir
    Path dir;

    static Suite sample() {
        var exemplars = new ScoreExemplars(List.of(
                "Whatever.", "I suppose: fine.", "Aye, \"mostly\" calm.",
                "Steady as she goes,\nlads.\n\n  Indented line # not a comment",
                "- yes: a toast to the bride, from the bridge!"), "openai:gpt-4o-mini");
        return new Suite("captain", "sha256:0123abcd", "hand-written (no model)",
                List.of("Wedding", "Harbour: at dawn", "yes"),
                List.of(
                        new SuiteQuestion("expected-action-1", "Expected Action", "Wedding",
                                "The band stops playing. What do you do?", Optional.of(exemplars), 0),
                        new SuiteQuestion("expected-action-2", "Expected Action", "Harbour: at dawn",
                                "A gull steals your hat.\nHow do you react?", Optional.empty(), 0),
                        new SuiteQuestion("linguistic-habits-1", "Linguistic Habits", "yes",
                                "# Is this a comment? 'No', it's a question.", Optional.empty(), 0)),
                Optional.empty());
    }

    @Test
    void writtenSuiteReadsBackEqualWithFileAndLines() {
        Path file = SuiteFile.pathFor(dir, "captain");
        Suite suite = sample();

        SuiteFile.write(suite, file);
        Suite read = SuiteFile.read(file).orElseThrow();

        assertThat(read.file()).contains(file);
        assertThat(withoutLines(read)).isEqualTo(suite);
    }

    @Test
    void aKeyInAGeneratedTextIsWrittenRedactedAndTheFileStillReadsAsText() throws IOException {
        Path file = dir.resolve("captain.suite.yaml");
        var redaction = Redaction.of(Configuration.of(java.util.Map.of()), java.util.Map.of("OPENAI_API_KEY",
                "configured-key-123"));
        var exemplars = new ScoreExemplars(List.of("sk-proj-Abc123def456ghi789jkl, me hearties.", "Two.", "Three.",
                "Four.", "configured-key-123"), "openai:gpt-4o-mini");
        Suite suite = new Suite("captain", "sha256:0123abcd", "openai:gpt-4o-mini", List.of("Wedding"),
                List.of(new SuiteQuestion("expected-action-1", "Expected Action", "Wedding",
                        "Your key is configured-key-123, isn't it?", Optional.of(exemplars), 0)), Optional.empty());

        SuiteFile.write(suite, file, redaction);

        assertThat(Files.readString(file)).doesNotContain("sk-proj-Abc123", "configured-key-123");
        SuiteQuestion read = SuiteFile.read(file).orElseThrow().questions().get(0);
        assertThat(read.text()).isEqualTo("Your key is [redacted], isn't it?");
        assertThat(read.exemplars().orElseThrow().forScore(1)).isEqualTo("[redacted], me hearties.");
        assertThat(read.exemplars().orElseThrow().forScore(5)).isEqualTo("[redacted]");
    }

    @Test
    void readingRecordsTheLineOfEachQuestion() throws IOException {
        Path file = dir.resolve("captain.suite.yaml");
        SuiteFile.write(sample(), file);
        List<String> lines = Files.readAllLines(file);

        Suite read = SuiteFile.read(file).orElseThrow();

        for (SuiteQuestion question : read.questions()) {
            assertThat(lines.get(question.line() - 1)).isEqualTo("  - key: " + question.key());
        }
    }

    @Test
    void writtenFileExplainsItselfAndGroupsQuestionsByTask() throws IOException {
        Path file = dir.resolve("captain.suite.yaml");
        SuiteFile.write(sample(), file);

        String yaml = Files.readString(file);

        assertThat(yaml).startsWith("# PersonaGym suite of persona \"captain\"")
                .contains("-Dpersonagym.suite.regenerate=true")
                .contains("\n  # Expected Action\n  - key: expected-action-1\n")
                .contains("\n  # Linguistic Habits\n  - key: linguistic-habits-1\n")
                .contains("persona-hash: sha256:0123abcd\n")
                .contains("    question: |-\n      A gull steals your hat.\n      How do you react?\n");
    }

    @Test
    void handWrittenSuiteReadsWithLinesAndExemplars() throws URISyntaxException {
        Path file = Path.of(getClass().getResource("/suites/captain.suite.yaml").toURI());

        Suite suite = SuiteFile.read(file).orElseThrow();

        assertThat(suite.generator()).isEqualTo("hand-written (no model)");
        assertThat(suite.questions()).extracting(SuiteQuestion::key, SuiteQuestion::line)
                .containsExactly(org.assertj.core.api.Assertions.tuple("expected-action-1", 12),
                        org.assertj.core.api.Assertions.tuple("linguistic-habits-1", 17));
        assertThat(suite.question("linguistic-habits-1").orElseThrow().exemplars()).get()
                .satisfies(e -> assertThat(e.forScore(4)).startsWith("Wind's backing"));
        assertThat(suite.question("expected-action-1").orElseThrow().exemplars()).isEmpty();
    }

    @Test
    void pathForNamesTheFileAfterThePersona() {
        assertThat(SuiteFile.pathFor(dir, "sea-captain")).isEqualTo(dir.resolve("sea-captain.suite.yaml"));
    }

    @Test
    void missingFileReadsAsNoSuite() {
        assertThat(SuiteFile.read(dir.resolve("nobody.suite.yaml"))).isEmpty();
    }

    @Test
    void writeCreatesFoldersAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("a/b/captain.suite.yaml");

        SuiteFile.write(sample(), file);
        SuiteFile.write(sample().withExemplars(java.util.Map.of()), file);

        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void writeReplacesAnExistingSuite() {
        Path file = dir.resolve("captain.suite.yaml");
        SuiteFile.write(sample(), file);
        Suite changed = new Suite("captain", "sha256:ffff", "openai:gpt-4o", List.of("Wedding"), List.of(),
                Optional.empty());

        SuiteFile.write(changed, file);

        assertThat(SuiteFile.read(file).orElseThrow().personaHash()).isEqualTo("sha256:ffff");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            duplicate-key.suite.yaml        | 17 | question key 'expected-action-1' is used twice, on lines 12 and 17
            blank-question.suite.yaml       | 15 | 'question' is blank
            not-yaml.suite.yaml             |  9 | this is not valid YAML
            unknown-environment.suite.yaml  | 14 | environment 'Harbor' is not among the suite's environments
            incomplete-exemplars.suite.yaml | 22 | score 4 is missing
            """)
    void brokenSuiteIsReportedWithFileLineAndRemedy(String name, int line, String problem) throws URISyntaxException {
        Path file = Path.of(getClass().getResource("/suites/broken/" + name).toURI());

        assertThatThrownBy(() -> SuiteFile.read(file))
                .isInstanceOfSatisfying(SuiteFileException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.line()).isEqualTo(line);
                })
                .hasMessageStartingWith(file + ":" + line + ":")
                .hasMessageContaining(problem);
    }

    private static final io.github.personagym.Persona CAPTAIN = io.github.personagym.persona.PersonaLoader.parse(
            "captain.yaml", ("id: captain\ndescription: A retired sea captain.\nspeaking-style: Gruff.\n"
                    + "thresholds:\n  persona-score: 3.0\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));

    private Suite madeFor(io.github.personagym.Persona persona) {
        var fingerprint = io.github.personagym.persona.PersonaFingerprint.of(persona);
        Suite sample = sample();
        return new Suite(sample.personaId(), fingerprint.hash(), sample.generator(), sample.environments(),
                sample.questions(), Optional.of(dir.resolve("captain.suite.yaml")), fingerprint.fieldHashes());
    }

    private static io.github.personagym.Persona reparsed(String yaml) {
        return io.github.personagym.persona.PersonaLoader.parse("captain.yaml",
                yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aCommentAThresholdOrFormattingKeepsTheSuite() {
        Suite suite = madeFor(CAPTAIN);

        var commented = reparsed("# the captain\nid: captain\ndescription: >-\n  A retired sea captain.\n"
                + "speaking-style: \"Gruff.\"\nthresholds:\n  persona-score: 4.5\n");

        assertThat(SuiteFile.personaChanged(suite, commented, Optional.empty())).isEmpty();
        assertThat(SuiteFile.personaChanged(suite, reparsed("id: captain\ndescription: A retired sea captain.\n"
                + "speaking-style: Gruff.\n"), Optional.empty())).isEmpty();
    }

    @Test
    void aChangeThatShapesTheQuestionsNamesTheFieldAndHowToRegenerate() {
        Suite suite = madeFor(CAPTAIN);
        var changed = reparsed("id: captain\ndescription: A retired sea captain who hates fish.\n"
                + "speaking-style: Polite.\n");

        assertThat(SuiteFile.personaChanged(suite, changed, Optional.empty())).get().asString()
                .contains("captain", "(changed: description, speaking-style)", "-Dpersonagym.suite.regenerate=true",
                        io.github.personagym.persona.PersonaFingerprint.of(changed).hash());
    }

    @Test
    void aSuiteMadeBeforeFingerprintsStillCountsWhileItsFileIsUnchanged() {
        Suite legacy = sample().withFile(dir.resolve("captain.suite.yaml"));

        assertThat(SuiteFile.personaChanged(legacy, CAPTAIN, Optional.of("sha256:0123abcd"))).isEmpty();
        assertThat(SuiteFile.personaChanged(legacy, CAPTAIN, Optional.of("sha256:9999"))).get().asString()
                .contains("captain", "-Dpersonagym.suite.regenerate=true");
    }

    @Test
    void personaFieldsAreWrittenAndReadBack() {
        Suite suite = madeFor(CAPTAIN);
        Path file = dir.resolve("captain.suite.yaml");

        SuiteFile.write(suite, file);

        assertThat(SuiteFile.read(file)).get().extracting(Suite::personaFields)
                .isEqualTo(io.github.personagym.persona.PersonaFingerprint.of(CAPTAIN).fieldHashes());
    }

    public static Suite withoutLinesOrFile(Suite suite) {
        return withoutLines(suite);
    }

    private static Suite withoutLines(Suite suite) {
        return new Suite(suite.personaId(), suite.personaHash(), suite.generator(), suite.environments(),
                suite.questions().stream().map(q -> new SuiteQuestion(q.key(), q.task(), q.environment(), q.text(),
                        q.exemplars(), 0, q.answerKey(), q.context(), q.turn())).toList(), Optional.empty());
    }
}
