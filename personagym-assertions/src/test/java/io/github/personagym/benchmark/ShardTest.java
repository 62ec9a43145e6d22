package io.github.personagym.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.personagym.config.Configuration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShardTest {

    private static final List<String> IDS = IntStream.rangeClosed(1, 200).mapToObj(i -> "persona-" + i).toList();

    @Test
    void theShardsOfARunTakeEveryPersonaExactlyOnce() {
        for (int count : new int[] {1, 2, 3, 8}) {
            List<String> taken = new ArrayList<>();
            for (int index = 1; index <= count; index++) {
                Shard shard = new Shard(index, count);
                IDS.stream().filter(shard::contains).forEach(taken::add);
            }
            assertThat(taken).as("%d shards", count).hasSize(IDS.size()).containsExactlyInAnyOrderElementsOf(IDS);
        }
    }

    @Test
    void aPersonaIsInTheSameShardWhateverElseTheRunHolds() {
        Shard third = Shard.parse("3/8");
        List<String> inFull = IDS.stream().filter(third::contains).toList();
        List<String> inHalf = IDS.subList(0, 100).stream().filter(third::contains).toList();

        assertThat(inFull).containsAll(inHalf);
        assertThat(inFull.stream().filter(IDS.subList(0, 100)::contains)).containsExactlyElementsOf(inHalf);
        assertThat(Shard.shardOf("20-year-old-scientist-from-sydney-who-loves-hiking", 8))
                .isEqualTo(Shard.shardOf("20-year-old-scientist-from-sydney-who-loves-hiking", 8));
    }

    @Test
    void eightShardsOfTwoHundredPersonasAreOfSimilarSize() {
        Set<Integer> sizes = new HashSet<>();
        for (int index = 1; index <= 8; index++) {
            Shard shard = new Shard(index, 8);
            sizes.add((int) IDS.stream().filter(shard::contains).count());
        }
        assertThat(sizes).allSatisfy(size -> assertThat(size).isBetween(10, 40));
    }

    @Test
    void theShardIsReadFromItsKeyAndABadValueNamesTheKey() {
        assertThat(Shard.from(Configuration.of(Map.of("personagym.shard", " 2/4 ")))).contains(new Shard(2, 4));
        assertThat(Shard.from(Configuration.of(Map.of()))).isEmpty();
        for (String bad : new String[] {"0/4", "5/4", "2", "a/b", "2/4/8", "1/0"}) {
            assertThatThrownBy(() -> Shard.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("personagym.shard must be i/n");
        }
    }
}
