package io.github.personagym.benchmark;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.Configuration;
import io.github.personagym.persona.PersonaSelection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which benchmark personas a run takes ({@value ConfigKeys#BENCHMARK_PERSONAS}), then which of them its shard
 * takes ({@value ConfigKeys#SHARD}). A count draws a sample: the personas ranked by a hash of the seed and their
 * id, the first {@code count} taken, so the same seed draws the same sample on every machine. Ids or globs pick
 * personas by id. The result says in one line what was taken, with the seed of a sample.
 */
@API(status = INTERNAL, since = "0.1")
public final class BenchmarkSubset {

    private final Optional<String> setting;
    private final long seed;
    private final Optional<Shard> shard;

    BenchmarkSubset(Optional<String> setting, long seed, Optional<Shard> shard) {
        this.setting = setting.map(String::strip).filter(s -> !s.isEmpty());
        this.seed = seed;
        this.shard = shard;
    }

    /**
     * The subset {@code configuration} asks for.
     *
     * @throws IllegalArgumentException when a value is not what its key takes; the message names the key
     */
    public static BenchmarkSubset from(Configuration configuration) {
        long seed = configuration.get(ConfigKeys.BENCHMARK_SEED).map(BenchmarkSubset::seed)
                .orElse(ConfigKeys.DEFAULT_BENCHMARK_SEED);
        return new BenchmarkSubset(configuration.get(ConfigKeys.BENCHMARK_PERSONAS), seed, Shard.from(configuration));
    }

    /** The personas of {@code set} this subset takes, and the line that says so. */
    public Chosen choose(BenchmarkSet set) {
        List<BenchmarkPersona> all = set.personas();
        List<BenchmarkPersona> picked = setting.map(value -> isCount(value) ? sample(all, count(value))
                : byId(all, value)).orElse(all);
        List<BenchmarkPersona> inShard = shard.map(s -> picked.stream().filter(p -> s.contains(p.id())).toList())
                .orElse(picked);
        String example = all.isEmpty() ? "" : all.get(0).id();
        return new Chosen(inShard, line(all.size(), picked.size(), inShard.size(), example));
    }

    private List<BenchmarkPersona> sample(List<BenchmarkPersona> all, int count) {
        return all.stream().sorted(Comparator.comparing((BenchmarkPersona p) -> PersonaIds.hash(seed + "/" + p.id()))
                        .thenComparing(BenchmarkPersona::id))
                .limit(count).sorted(Comparator.comparing(BenchmarkPersona::id)).toList();
    }

    private static List<BenchmarkPersona> byId(List<BenchmarkPersona> all, String value) {
        PersonaSelection selection = PersonaSelection.of(ConfigKeys.BENCHMARK_PERSONAS, value);
        return all.stream().filter(p -> selection.selects(p.id())).toList();
    }

    private String line(int all, int picked, int inShard, String example) {
        var line = new StringBuilder("Benchmark: ");
        if (setting.isEmpty()) {
            line.append("all ").append(all).append(" personas");
        } else if (isCount(setting.get())) {
            line.append(picked).append(" of ").append(all).append(" personas, a sample drawn with seed ").append(seed)
                    .append(" (").append(ConfigKeys.BENCHMARK_PERSONAS).append('=').append(setting.get());
            line.append(seedWasSet() ? "" : "; set " + ConfigKeys.BENCHMARK_SEED + " for another sample").append(')');
        } else {
            line.append(picked).append(" of ").append(all).append(" personas (").append(ConfigKeys.BENCHMARK_PERSONAS)
                    .append('=').append(setting.get()).append(')');
            if (picked == 0) {
                line.append(": no persona id matches; ids look like ").append(example);
            }
        }
        shard.ifPresent(s -> line.append("; shard ").append(s).append(" (").append(ConfigKeys.SHARD).append(") takes ")
                .append(inShard).append(" of them"));
        return line.toString();
    }

    private boolean seedWasSet() {
        return seed != ConfigKeys.DEFAULT_BENCHMARK_SEED;
    }

    private static boolean isCount(String value) {
        return value.chars().allMatch(Character::isDigit) || value.startsWith("-") && value.length() > 1
                && value.substring(1).chars().allMatch(Character::isDigit);
    }

    private static int count(String value) {
        int count;
        try {
            count = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            count = -1;
        }
        if (count < 1) {
            throw new IllegalArgumentException(ConfigKeys.BENCHMARK_PERSONAS + " must be a count of at least 1, or "
                    + "persona ids or globs, got '" + value + "'");
        }
        return count;
    }

    private static long seed(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(ConfigKeys.BENCHMARK_SEED + " must be a whole number, got '" + value
                    + "'", e);
        }
    }

    /** The personas taken, sorted by id, and the line that says which. */
    public record Chosen(List<BenchmarkPersona> personas, String line) {

        public Chosen {
            personas = List.copyOf(personas);
        }
    }
}
