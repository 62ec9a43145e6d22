package io.github.personagym.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.github.personagym.persona.NearestKey;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Finds the PersonaGym names in a configuration's sources that PersonaGym does not read: a
 * {@code personagym.*} key or a {@code PERSONAGYM_*} variable that is no key of {@link ConfigKeys}. Each comes
 * with the nearest known key; one that is a near miss of a known key (a likely typo, such as
 * {@code personagym.judge} for {@code personagym.judges}) is an error, any other a warning, since a build may
 * pass properties of its own (say {@code -Dpersonagym.version=...}).
 */
@API(status = INTERNAL, since = "0.1")
public final class KeyCheck {

    private static final Set<String> KNOWN = readKnownKeys();

    private KeyCheck() {
    }

    /**
     * Every key PersonaGym reads: the {@code public static final String} constants of {@link ConfigKeys} whose
     * value starts with {@value ConfigKeys#PREFIX} (so a constant added there is known at once); not the
     * prefix itself, nor a {@code DEFAULT_*} value. Sorted, so that of two keys equally near a typed name the
     * same one is named on every run.
     */
    public static Set<String> knownKeys() {
        return KNOWN;
    }

    /** The unknown PersonaGym names of {@code configuration}'s sources, in the order the sources list them. */
    public static List<UnknownKey> check(Configuration configuration) {
        return configuration.entries().stream().filter(entry -> !isKnown(entry.name()))
                .map(KeyCheck::unknown).toList();
    }

    static boolean isKnown(String name) {
        return KNOWN.contains(name) || ConfigKeys.isEndpointKey(name)
                || KNOWN.stream().map(Configuration::environmentName).anyMatch(name::equals);
    }

    private static UnknownKey unknown(ConfigEntry entry) {
        boolean variable = !entry.name().startsWith(ConfigKeys.PREFIX);
        List<String> candidates = variable
                ? KNOWN.stream().map(Configuration::environmentName).sorted().toList()
                : List.copyOf(KNOWN);
        String nearest = candidates.stream().filter(known -> words(known).equals(words(entry.name()))).findFirst()
                .or(() -> NearestKey.nearest(entry.name(), candidates)).orElse(ConfigKeys.JUDGES);
        return new UnknownKey(entry, nearest, isNearMiss(entry.name(), nearest));
    }

    /**
     * Whether {@code typed} is most likely a typo of {@code known}: the same words in another order, or, with
     * case, dashes, dots and underscores set aside, at most one edit away (two for names over 12 letters).
     */
    static boolean isNearMiss(String typed, String known) {
        if (words(typed).equals(words(known))) {
            return true;
        }
        String a = letters(typed);
        String b = letters(known);
        int tolerated = Math.min(a.length(), b.length()) > 12 ? 2 : 1;
        return NearestKey.distance(a, b) <= tolerated;
    }

    private static String letters(String name) {
        return stripPrefix(name).replaceAll("[._\\-]", "");
    }

    private static Set<String> words(String name) {
        return Arrays.stream(stripPrefix(name).split("[._\\-]+")).filter(w -> !w.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String stripPrefix(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String prefix = ConfigKeys.PREFIX;
        String variablePrefix = SourcedConfiguration.ENVIRONMENT_PREFIX.toLowerCase(Locale.ROOT);
        return lower.startsWith(prefix) ? lower.substring(prefix.length())
                : lower.startsWith(variablePrefix) ? lower.substring(variablePrefix.length()) : lower;
    }

    private static Set<String> readKnownKeys() {
        TreeSet<String> keys = new TreeSet<>();
        for (Field field : ConfigKeys.class.getFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class
                    && !field.getName().startsWith("DEFAULT_")) {
                String value = value(field);
                if (value.startsWith(ConfigKeys.PREFIX) && !value.endsWith(".")) {
                    keys.add(value);
                }
            }
        }
        return java.util.Collections.unmodifiableSortedSet(keys);
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }
}
