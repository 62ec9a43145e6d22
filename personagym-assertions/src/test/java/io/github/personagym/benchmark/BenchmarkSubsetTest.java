package io.github.personagym.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.personagym.config.Configuration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchmarkSubsetTest {

    private static final BenchmarkSet SET = new BenchmarkSet(Path.of("benchmark-v1"),
            BenchmarkReaderTest.synthetic(60).stream()
                    .sorted(java.util.Comparator.comparing(BenchmarkPersona::id)).toList(), List.of());

    @Test
    void withoutASettingEveryPersonaIsTaken() {
        BenchmarkSubset.Chosen chosen = choose(Map.of());

        assertThat(chosen.personas()).isEqualTo(SET.personas());
        assertThat(chosen.line()).isEqualTo("Benchmark: all 60 personas");
    }

    @Test
    void aCountDrawsTheSameSampleEachTimeAndSaysItsSeed() {
        BenchmarkSubset.Chosen first = choose(Map.of("personagym.benchmark.personas", "10"));
        BenchmarkSubset.Chosen again = choose(Map.of("personagym.benchmark.personas", "10"));

        assertThat(first.personas()).hasSize(10).isEqualTo(again.personas())
                .isSortedAccordingTo(java.util.Comparator.comparing(BenchmarkPersona::id));
        assertThat(first.personas()).isNotEqualTo(SET.personas().subList(0, 10));
        assertThat(first.line()).contains("10 of 60 personas, a sample drawn with seed 240718416",
                "set personagym.benchmark.seed for another sample");
    }

    @Test
    void anotherSeedDrawsAnotherSampleAndALargerSampleHoldsTheSmaller() {
        List<BenchmarkPersona> seeded = choose(Map.of("personagym.benchmark.personas", "10",
                "personagym.benchmark.seed", "7")).personas();
        List<BenchmarkPersona> larger = choose(Map.of("personagym.benchmark.personas", "20",
                "personagym.benchmark.seed", "7")).personas();

        assertThat(seeded).isNotEqualTo(choose(Map.of("personagym.benchmark.personas", "10")).personas());
        assertThat(larger).containsAll(seeded);
        assertThat(choose(Map.of("personagym.benchmark.personas", "10", "personagym.benchmark.seed", "7")).line())
                .contains("seed 7").doesNotContain("for another sample");
    }

    @Test
    void idsAndGlobsPickByIdAndAMissSaysWhatIdsLookLike() {
        assertThat(choose(Map.of("personagym.benchmark.personas", "persona-1?,persona-3")).personas())
                .extracting(BenchmarkPersona::id)
                .containsExactly("persona-10", "persona-11", "persona-12", "persona-13", "persona-14", "persona-15",
                        "persona-16", "persona-17", "persona-18", "persona-19", "persona-3");
        assertThat(choose(Map.of("personagym.benchmark.personas", "pirate")).line())
                .isEqualTo("Benchmark: 0 of 60 personas (personagym.benchmark.personas=pirate): no persona id matches; "
                        + "ids look like persona-1");
    }

    @Test
    void theShardsOfASampleShareOutTheSample() {
        List<BenchmarkPersona> sample = choose(Map.of("personagym.benchmark.personas", "25")).personas();
        List<BenchmarkPersona> fromShards = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            BenchmarkSubset.Chosen shard = choose(Map.of("personagym.benchmark.personas", "25", "personagym.shard", i + "/4"));
            assertThat(shard.line()).contains("shard " + i + "/4 (personagym.shard) takes " + shard.personas().size());
            fromShards.addAll(shard.personas());
        }
        assertThat(fromShards).containsExactlyInAnyOrderElementsOf(sample);
    }

    @Test
    void badValuesNameTheirKey() {
        assertThatThrownBy(() -> choose(Map.of("personagym.benchmark.personas", "0")))
                .hasMessageContaining("personagym.benchmark.personas must be a count of at least 1");
        assertThatThrownBy(() -> choose(Map.of("personagym.benchmark.personas", "-3")))
                .hasMessageContaining("personagym.benchmark.personas must be a count of at least 1");
        assertThatThrownBy(() -> choose(Map.of("personagym.benchmark.seed", "abc")))
                .hasMessageContaining("personagym.benchmark.seed must be a whole number, got 'abc'");
    }

    @Test
    void onThePublishedFolderASampleOfTenIsTenOfItsPersonas() {
        BenchmarkSet set = BenchmarkReader.read(ReferenceBenchmark.folder());

        List<BenchmarkPersona> sample = BenchmarkSubset.from(Configuration.of(Map.of("personagym.benchmark.personas",
                "10"))).choose(set).personas();

        assertThat(sample).hasSize(10);
        assertThat(set.personas()).containsAll(sample);
    }

    private static BenchmarkSubset.Chosen choose(Map<String, String> settings) {
        return BenchmarkSubset.from(Configuration.of(settings)).choose(SET);
    }
}
