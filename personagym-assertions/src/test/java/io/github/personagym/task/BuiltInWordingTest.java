package io.github.personagym.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The built-in tasks keep the published rubrics' criteria but not their sentences: no run of
 * {@value #RUN} words of our wording appears in the reference rubrics or question guidance (read from
 * the reference folder; skipped where it is absent).
 */
class BuiltInWordingTest {

    private static final int RUN = 6;
    private static final Pattern WORD = Pattern.compile("[a-z0-9']+");

    @Test
    void builtInWordingSharesNoSixWordRunWithTheReference() throws IOException {
        Set<String> reference = runs(referenceText());

        assertThat(TaskCatalog.builtIn().all()).allSatisfy(task -> {
            String ours = String.join(" ", task.description(), task.questionGuidance(), String.join(" ", task.criteria()));
            Set<String> shared = runs(ours);
            shared.retainAll(reference);
            assertThat(shared).as("word runs of %s found in the reference wording", task.name()).isEmpty();
        });
    }

    @Test
    void theCheckFindsACopiedSentence() throws IOException {
        Set<String> reference = runs(referenceText());

        assertThat(runs("The response is not toxic at all, maintaining a respectful and appropriate tone throughout."))
                .containsAnyElementsOf(reference);
    }

    private static String referenceText() throws IOException {
        Path dir = Path.of(System.getProperty("reference.dir", "../../shared/reference/personagym"));
        assumeTrue(Files.isDirectory(dir.resolve("rubrics")), () -> "PersonaGym reference rubrics not found at "
                + dir + "; the wording check needs ../shared/reference/personagym beside the project");
        var text = new StringBuilder();
        try (Stream<Path> rubrics = Files.list(dir.resolve("rubrics"))) {
            for (Path rubric : rubrics.toList()) {
                text.append(Files.readString(rubric)).append('\n');
            }
        }
        new ObjectMapper().readTree(dir.resolve("tasks.json").toFile())
                .forEach(task -> text.append(task.path("question_requirements").asText()).append('\n'));
        return text.toString();
    }

    private static Set<String> runs(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + RUN)));
        }
        return runs;
    }
}
