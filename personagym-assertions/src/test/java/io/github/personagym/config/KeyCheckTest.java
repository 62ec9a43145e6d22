package io.github.personagym.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class KeyCheckTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    /** Names the docs quote on purpose as keys PersonaGym does not know. */
    private static final Set<String> DOCUMENTED_UNKNOWN = Set.of("personagym.judge", "personagym.version",
            "personagym.endpoints", "personagym.endpoint.groq.base-url");

    @Test
    void everyKeyConstantOfConfigKeysIsKnownButNotThePrefixNorADefaultValue() {
        assertThat(KeyCheck.knownKeys()).contains(ConfigKeys.JUDGES, ConfigKeys.BASELINE_TOLERANCE, ConfigKeys.TIMEOUT)
                .doesNotContain(ConfigKeys.PREFIX, ConfigKeys.DEFAULT_BASELINE, ConfigKeys.DEFAULT_SUITE_DIR)
                .allMatch(key -> key.startsWith(ConfigKeys.PREFIX));
    }

    @Test
    void everyPersonaGymKeyTheDocsAndReadmeQuoteIsKnown() throws IOException {
        Set<String> quoted = new TreeSet<>();
        Pattern key = Pattern.compile("(?<![\\w./-])personagym\\.[a-z0-9][a-z0-9.-]*[a-z0-9]");
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            for (Path doc : Stream.concat(docs.filter(p -> p.toString().endsWith(".md")),
                    Stream.of(ROOT.resolve("README.md"))).toList()) {
                Matcher m = key.matcher(Files.readString(doc));
                while (m.find()) {
                    quoted.add(m.group());
                }
            }
        }
        quoted.removeAll(DOCUMENTED_UNKNOWN);

        assertThat(quoted).contains(ConfigKeys.JUDGES).allSatisfy(name ->
                assertThat(KeyCheck.isKnown(name)).as("%s, quoted in the docs, is a ConfigKeys constant or an endpoint key", name).isTrue());
    }

    @Test
    void theJudgeKeyWithoutItsSIsALikelyTypoOfTheJudgesKey() {
        UnknownKey found = single(Configuration.sourced(ConfigSource.SYSTEM_PROPERTY,
                key -> java.util.Optional.empty(), () -> List.of("personagym.judge")));

        assertThat(found.likelyTypo()).isTrue();
        assertThat(found.nearest()).isEqualTo(ConfigKeys.JUDGES);
        assertThat(found.message()).isEqualTo("Unknown PersonaGym configuration key personagym.judge (system property): "
                + "did you mean personagym.judges? PersonaGym does not read personagym.judge, so the run would go on "
                + "without it: rename it to personagym.judges (every key is listed in docs/configuration.md).");
    }

    @Test
    void nearMissesOfKnownKeysAreLikelyTyposWhateverTheirSpelling() {
        assertThat(KeyCheck.isNearMiss("personagym.judges.batch-size", ConfigKeys.JUDGE_BATCH_SIZE)).isTrue();
        assertThat(KeyCheck.isNearMiss("personagym.judge.batchsize", ConfigKeys.JUDGE_BATCH_SIZE)).isTrue();
        assertThat(KeyCheck.isNearMiss("personagym.Judges", ConfigKeys.JUDGES)).isTrue();
        assertThat(KeyCheck.isNearMiss("personagym.treshold.persona-scor", ConfigKeys.MIN_PERSONA_SCORE)).isTrue();
        assertThat(single(names("personagym.batch-size.judge")).nearest()).isEqualTo(ConfigKeys.JUDGE_BATCH_SIZE);
    }

    @Test
    void anEnvironmentVariableIsComparedWithTheKnownVariables() {
        UnknownKey found = single(Configuration.environment(Map.of("PERSONAGYM_JUDGE", "offline", "PATH", "/bin")));

        assertThat(found.likelyTypo()).isTrue();
        assertThat(found.nearest()).isEqualTo("PERSONAGYM_JUDGES");
        assertThat(found.message()).contains("PERSONAGYM_JUDGE (environment variable)", "did you mean PERSONAGYM_JUDGES?");
    }

    @Test
    void keysFarFromEveryKnownKeyAreOnlyWarnedAboutWithTheNearestKey() {
        List<UnknownKey> found = KeyCheck.check(names("personagym.version", "personagym.reference.dir"));

        assertThat(found).hasSize(2).noneMatch(UnknownKey::likelyTypo);
        assertThat(found.get(1).message()).startsWith("Unknown PersonaGym configuration key personagym.version "
                + "(system property) is ignored; the nearest key is personagym.");
    }

    @Test
    void theNearestKeyIsTheSameOnEveryRun() {
        String nearest = single(names("personagym.reference.dir")).nearest();

        for (int i = 0; i < 5; i++) {
            assertThat(single(names("personagym.reference.dir")).nearest()).isEqualTo(nearest);
        }
    }

    @Test
    void knownKeysAndVariablesAndOtherNamesAreNotFlagged() {
        Configuration configuration = names(ConfigKeys.JUDGES, ConfigKeys.BASELINE_UPDATE, "java.version", "user.dir")
                .orElse(Configuration.environment(Map.of("PERSONAGYM_JUDGES", "offline", "OPENAI_API_KEY", "sk-x")));

        assertThat(KeyCheck.check(configuration)).isEmpty();
    }

    @Test
    void aConfigurationWrittenAsALambdaHasNoNamesToCheck() {
        Configuration lambda = key -> java.util.Optional.of("x");

        assertThat(KeyCheck.check(lambda)).isEmpty();
    }

    private static Configuration names(String... names) {
        return Configuration.sourced(ConfigSource.SYSTEM_PROPERTY, key -> java.util.Optional.of("x"),
                () -> List.of(names));
    }

    private static UnknownKey single(Configuration configuration) {
        List<UnknownKey> found = KeyCheck.check(configuration);
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
