package io.github.personagym.environment;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The environments (settings such as {@code Wedding} or {@code Courtroom}) that environment selection
 * picks from. The default pool holds the 150 environments of the PersonaGym method; users extend or replace
 * it. Names are unique ignoring case, and keep the order in which they were given. Immutable.
 */
@API(status = INTERNAL, since = "0.1")
public final class EnvironmentPool {

    private static final String DEFAULT_RESOURCE = "/io/github/personagym/environments.txt";

    private final Map<String, String> byKey;

    private EnvironmentPool(Map<String, String> byKey) {
        if (byKey.isEmpty()) {
            throw new IllegalArgumentException("An environment pool needs at least one environment");
        }
        this.byKey = byKey;
    }

    /** The 150 environments of the PersonaGym method. */
    public static EnvironmentPool defaultPool() {
        return Default.POOL;
    }

    /** A pool of exactly these names (trimmed; repeats ignoring case dropped). */
    public static EnvironmentPool of(Collection<String> names) {
        return new EnvironmentPool(merge(new LinkedHashMap<>(), names));
    }

    /**
     * A pool read from a file: one environment per line ({@code #} starts a comment line), or a YAML list.
     *
     * @throws IllegalArgumentException naming the file, and the line where known, when it cannot be used
     */
    public static EnvironmentPool fromFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("Environment file " + file + " could not be read ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "). Check that it exists and is UTF-8.", e);
        }
        List<String> names = looksLikeYamlList(text) ? yamlList(file, text) : lines(text);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("Environment file " + file + " names no environment. Write one"
                    + " name per line, or a YAML list.");
        }
        return of(names);
    }

    /** The names, in order. */
    public List<String> names() {
        return List.copyOf(byKey.values());
    }

    public int size() {
        return byKey.size();
    }

    /** Whether the pool has an environment of this name, ignoring case and surrounding blanks. */
    public boolean contains(String name) {
        return byKey.containsKey(key(name));
    }

    /** The pool's spelling of a name, ignoring case and surrounding blanks, if it has it. */
    public Optional<String> find(String name) {
        return Optional.ofNullable(byKey.get(key(name)));
    }

    /** This pool with further environments after its own (names already present are kept once). */
    public EnvironmentPool withAdded(Collection<String> names) {
        return new EnvironmentPool(merge(new LinkedHashMap<>(byKey), names));
    }

    /** A pool of these names instead of this pool's. */
    public EnvironmentPool replacedBy(Collection<String> names) {
        return of(names);
    }

    private static Map<String, String> merge(Map<String, String> into, Collection<String> names) {
        for (String name : names) {
            String trimmed = name.strip();
            if (trimmed.isEmpty()) {
                throw new IllegalArgumentException("An environment name must not be blank");
            }
            into.putIfAbsent(key(trimmed), trimmed);
        }
        return into;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean looksLikeYamlList(String text) {
        return lines(text).stream().findFirst().map(first -> first.startsWith("- ") || first.startsWith("["))
                .orElse(false);
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private static List<String> yamlList(Path file, String text) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(text);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException("Environment file " + file + (at == null ? "" : ", line " + at.getLineNr())
                    + ": not valid YAML (" + e.getOriginalMessage().lines().findFirst().orElse("").strip()
                    + "). Write a YAML list of names, or one name per line.", e);
        }
        if (!root.isArray()) {
            throw new IllegalArgumentException("Environment file " + file + ": expected a YAML list of names"
                    + " ('- Wedding'), or one name per line.");
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode item = root.get(i);
            if (!item.isValueNode() || item.isNull()) {
                throw new IllegalArgumentException("Environment file " + file + ": entry " + (i + 1)
                        + " of the list is not a name. Each entry is one environment name, e.g. '- Wedding'.");
            }
            names.add(item.asText());
        }
        return names;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EnvironmentPool pool && names().equals(pool.names());
    }

    @Override
    public int hashCode() {
        return names().hashCode();
    }

    @Override
    public String toString() {
        return "EnvironmentPool(" + byKey.size() + " environments)";
    }

    private static final class Default {
        static final EnvironmentPool POOL = load();

        private static EnvironmentPool load() {
            try (InputStream in = EnvironmentPool.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Resource missing from the jar: " + DEFAULT_RESOURCE);
                }
                return of(lines(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + DEFAULT_RESOURCE, e);
            }
        }
    }
}
