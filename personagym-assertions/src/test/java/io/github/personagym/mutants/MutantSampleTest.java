package io.github.personagym.mutants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class MutantSampleTest {

    record Q(String key, String task) {
    }

    static final List<Q> SUITE = suite();

    static List<Q> suite() {
        List<Q> questions = new ArrayList<>();
        for (String task : List.of("Expected Action", "Linguistic Habits")) {
            for (int i = 1; i <= 10; i++) {
                questions.add(new Q(task.toLowerCase().replace(' ', '-') + "-" + i, task));
            }
        }
        return questions;
    }

    static List<Q> pick(MutantKind kind, int perTask, List<Q> from) {
        return MutantSample.pick(kind, perTask, from, Q::key, Q::task);
    }

    @Test
    void picksUpToNQuestionsOfEachTaskInSuiteOrder() {
        List<Q> sample = pick(MutantKind.INSULT, 2, SUITE);

        assertThat(sample).hasSize(4);
        assertThat(sample).filteredOn(q -> q.task().equals("Expected Action")).hasSize(2);
        assertThat(sample).isSortedAccordingTo((a, b) -> SUITE.indexOf(a) - SUITE.indexOf(b));
        assertThat(pick(MutantKind.INSULT, 20, SUITE)).isEqualTo(SUITE);
    }

    @Test
    void theSameSuiteAlwaysGivesTheSameSampleWhateverTheCandidatesOrder() {
        List<Q> reversed = new ArrayList<>(SUITE);
        java.util.Collections.reverse(reversed);

        assertThat(pick(MutantKind.GENERIC, 3, SUITE)).isEqualTo(pick(MutantKind.GENERIC, 3, SUITE))
                .containsExactlyInAnyOrderElementsOf(pick(MutantKind.GENERIC, 3, reversed));
    }

    @Test
    void kindsDrawSamplesOfTheirOwn() {
        Function<MutantKind, List<String>> keys = kind -> pick(kind, 2, SUITE).stream().map(Q::key).toList();

        assertThat(java.util.Arrays.stream(MutantKind.values()).map(keys).distinct().count()).isGreaterThan(1);
    }

    @Test
    void atLeastOneQuestionPerTask() {
        assertThatThrownBy(() -> pick(MutantKind.SWAPPED, 0, SUITE)).hasMessageContaining("at least one");
    }
}
