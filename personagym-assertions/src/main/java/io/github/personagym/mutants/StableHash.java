package io.github.personagym.mutants;

import java.nio.charset.StandardCharsets;

/**
 * A 64-bit hash of a text that is the same on every JVM and in every run (FNV-1a over UTF-8, then the
 * MurmurHash3 finaliser), for the choices that must not change between a recorded run and its replay.
 */
final class StableHash {

    private StableHash() {
    }

    static long of(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb93fe53e7b5fL;
        return hash ^ (hash >>> 33);
    }
}
