package io.github.personagym.benchmark;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Persona ids made from benchmark descriptions: lower-case words joined by dashes, without a leading article
 * ({@code A 20-year-old scientist from Sydney who loves hiking} → {@code 20-year-old-scientist-from-sydney-who-loves-hiking}).
 * A slug longer than {@value #MAX_LENGTH} characters is cut at a word and ends in six hex digits of a hash of the
 * description, so that two long descriptions that start alike never share an id. An id depends on its description
 * only, so it is the same in every run, on every machine and in every shard.
 */
@API(status = INTERNAL, since = "0.1")
public final class PersonaIds {

    static final int MAX_LENGTH = 60;
    private static final int HASH_DIGITS = 6;

    private PersonaIds() {
    }

    /** The id of the persona with this description. */
    public static String of(String description) {
        String slug = slug(description);
        if (slug.length() <= MAX_LENGTH && !slug.isEmpty()) {
            return slug;
        }
        return withHash(cut(slug, MAX_LENGTH - HASH_DIGITS - 1), description);
    }

    /**
     * Ids for several descriptions: {@link #of(String)}, but where two descriptions differ only in case or
     * punctuation (so their slugs are equal) both ids end in the hash of their own description.
     */
    public static <T> Map<T, String> of(List<T> items, Function<T, String> description) {
        Map<String, List<T>> bySlug = items.stream()
                .collect(Collectors.groupingBy(item -> of(description.apply(item)), java.util.LinkedHashMap::new,
                        Collectors.toCollection(ArrayList::new)));
        Map<T, String> ids = new java.util.LinkedHashMap<>();
        bySlug.forEach((id, same) -> same.forEach(item -> ids.put(item,
                same.size() == 1 ? id : withHash(cut(id, MAX_LENGTH - HASH_DIGITS - 1), description.apply(item)))));
        return ids;
    }

    static String slug(String description) {
        String ascii = Normalizer.normalize(description, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.replaceFirst("^(a|an|the)-(?=.)", "");
    }

    private static String cut(String slug, int length) {
        if (slug.length() <= length) {
            return slug;
        }
        int dash = slug.lastIndexOf('-', length);
        return slug.substring(0, dash > length / 2 ? dash : length);
    }

    private static String withHash(String prefix, String description) {
        String hash = hash(description).substring(0, HASH_DIGITS);
        return prefix.isEmpty() ? "persona-" + hash : prefix + "-" + hash;
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
