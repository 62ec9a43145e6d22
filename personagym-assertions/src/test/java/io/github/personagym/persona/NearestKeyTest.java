package io.github.personagym.persona;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NearestKeyTest {

    private static final List<String> KEYS = List.of("id", "name", "description", "attributes", "speaking-style",
            "environments", "tasks", "thresholds", "language");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "speking-style, speaking-style",
        "speaking_style, speaking-style",
        "Speaking Style, speaking-style",
        "nmae, name",
        "ids, id",
        "tsks, tasks",
        "enviroments, environments",
        "treshold, thresholds",
        "langauge, language",
    })
    void typoIsMatchedToTheKeyItMostLikelyMeant(String typed, String meant) {
        assertThat(NearestKey.suggest(typed, KEYS)).contains(meant);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"'<<'", "age", "persona", "'x'", "occupation"})
    void unrelatedKeyGetsNoSuggestion(String typed) {
        assertThat(NearestKey.suggest(typed, KEYS)).isEmpty();
    }

    @Test
    void emptyKeyGetsNoSuggestion() {
        assertThat(NearestKey.suggest("", KEYS)).isEmpty();
    }

    @Test
    void distanceCountsInsertionsDeletionsSubstitutionsAndSwaps() {
        assertThat(NearestKey.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(NearestKey.distance("", "abc")).isEqualTo(3);
        assertThat(NearestKey.distance("abc", "")).isEqualTo(3);
        assertThat(NearestKey.distance("same", "same")).isZero();
        assertThat(NearestKey.distance("flaw", "lawn")).isEqualTo(2);
        assertThat(NearestKey.distance("nmae", "name")).as("a swap of neighbours is one edit").isEqualTo(1);
    }
}
