package io.github.personagym.benchmark;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.Configuration;
import java.util.Optional;

/**
 * One share of a run's personas ({@value ConfigKeys#SHARD}{@code =i/n}): a persona belongs to shard
 * {@code 1 + (h mod n)}, where {@code h} is the first eight bytes of the SHA-256 of its id. A persona is therefore
 * always in the same shard, whatever else the run holds, and the {@code n} shards share out every persona once.
 *
 * @param index the shard, from 1 to {@code count}
 * @param count how many shards there are
 */
@API(status = INTERNAL, since = "0.1")
public record Shard(int index, int count) {

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException(ConfigKeys.SHARD + " must be i/n with 1 ≤ i ≤ n, got " + index + "/" + count);
        }
    }

    /** The shard {@code configuration} asks for; empty when it asks for none (every persona). */
    public static Optional<Shard> from(Configuration configuration) {
        return configuration.get(ConfigKeys.SHARD).map(Shard::parse);
    }

    /** {@code 3/8} → shard 3 of 8. */
    public static Shard parse(String value) {
        String[] parts = value.strip().split("/", -1);
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // the message below says what is expected
        }
        throw new IllegalArgumentException(ConfigKeys.SHARD + " must be i/n, shard i of n counted from 1 (e.g. "
                + ConfigKeys.SHARD + "=3/8), got '" + value + "'");
    }

    /** Whether the persona with this id is in this shard. */
    public boolean contains(String personaId) {
        return shardOf(personaId, count) == index;
    }

    /** The shard, from 1 to {@code count}, that a persona with this id belongs to. */
    public static int shardOf(String personaId, int count) {
        long hash = Long.parseUnsignedLong(PersonaIds.hash(personaId).substring(0, 16), 16);
        return (int) Long.remainderUnsigned(hash, count) + 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
