package io.github.personagym.persona;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.Persona;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Reads persona YAML files (format: {@code docs/persona-yaml.md}, schema: {@value #SCHEMA_RESOURCE}).
 *
 * <p>Every file is checked against the persona JSON Schema; whatever is wrong is reported as a
 * {@link PersonaFileException} naming file, line, column and field. Hostile input is refused within bounded
 * time and memory: files over {@value #MAX_FILE_BYTES} bytes, bytes that are not UTF-8, anchors and aliases,
 * tags, more than one document, nesting deeper than {@value #MAX_NESTING_DEPTH} levels, duplicate keys.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PersonaLoader {

    /** The largest persona file read, in bytes (1 MiB); larger files are refused before parsing. */
    public static final int MAX_FILE_BYTES = 1024 * 1024;

    /** The deepest nesting of lists and mappings accepted. */
    public static final int MAX_NESTING_DEPTH = 10;

    /** The classpath resource holding the persona JSON Schema (draft 2020-12). */
    public static final String SCHEMA_RESOURCE = "io/github/personagym/persona.schema.json";

    /** The prefix of a persona's source when it was read from the classpath. */
    public static final String CLASSPATH_PREFIX = "classpath:";

    private PersonaLoader() {
    }

    /** Reads a persona file; its path, as given, names it in messages and becomes the persona's source. */
    public static Persona load(Path file) {
        var problems = new FileProblems(file.toString());
        try {
            PersonaText.checkSize(Files.size(file), problems);
            return parse(file.toString(), Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw problems.refuse(problems.wholeFile("the file does not exist.", ""));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read persona file " + file, e);
        }
    }

    /** Reads a persona from the classpath; its source is {@code classpath:<resource>}. */
    public static Persona loadResource(String classpathResource, ClassLoader classLoader) {
        String resource = classpathResource.startsWith("/") ? classpathResource.substring(1) : classpathResource;
        String name = CLASSPATH_PREFIX + resource;
        var problems = new FileProblems(name);
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw problems.refuse(problems.wholeFile("no such resource on the classpath.", ""));
            }
            byte[] content = in.readNBytes(MAX_FILE_BYTES + 1);
            PersonaText.checkTruncatedSize(content.length, problems);
            return parse(name, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read persona resource " + name, e);
        }
    }

    /**
     * Reads a persona from the bytes of a file.
     *
     * @param displayName names the file in messages and becomes the persona's source; its base name without
     *                    extension is the default id
     */
    public static Persona parse(String displayName, byte[] content) {
        Objects.requireNonNull(content, "content");
        var problems = new FileProblems(displayName);
        var document = new LimitedYamlComposer(problems).compose(PersonaText.decode(content, problems));
        var tree = new LocatedJsonTree(document, problems);
        var found = new ArrayList<>(tree.problems());
        found.addAll(PersonaSchema.instance().validate(tree, problems));
        if (!found.isEmpty()) {
            throw new PersonaFileException(found);
        }
        return new PersonaMapper(tree, problems).persona();
    }

    /**
     * The line (from 1) where the field at {@code path} is written in the persona's file, such as {@code thresholds},
     * {@code tasks}, {@code Sea Knowledge} for a task threshold; when that field is not written, the line where the
     * value of the nearest enclosing one starts. Reads the file again (for messages about a field, after it was
     * loaded); empty when the persona has no source or its file no longer reads.
     *
     * @param classLoader where a {@code classpath:} source is found; null for the thread's context class loader, else
     *                    this library's
     */
    public static java.util.OptionalInt lineOf(Persona persona, List<String> path, ClassLoader classLoader) {
        if (persona.source().isEmpty()) {
            return java.util.OptionalInt.empty();
        }
        String source = persona.source().get();
        try {
            byte[] content;
            if (source.startsWith(CLASSPATH_PREFIX)) {
                ClassLoader loader = classLoader != null ? classLoader
                        : Thread.currentThread().getContextClassLoader() != null
                        ? Thread.currentThread().getContextClassLoader() : PersonaLoader.class.getClassLoader();
                try (InputStream in = loader.getResourceAsStream(source.substring(CLASSPATH_PREFIX.length()))) {
                    if (in == null) {
                        return java.util.OptionalInt.empty();
                    }
                    content = in.readNBytes(MAX_FILE_BYTES + 1);
                }
            } else {
                content = Files.readAllBytes(Path.of(source));
            }
            var problems = new FileProblems(source);
            var document = new LimitedYamlComposer(problems).compose(PersonaText.decode(content, problems));
            var tree = new LocatedJsonTree(document, problems);
            var mark = tree.keyMark(new FieldPath(List.<Object>copyOf(path)));
            return mark == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(mark.getLine() + 1);
        } catch (IOException | RuntimeException e) {
            return java.util.OptionalInt.empty();
        }
    }

    /** The SHA-256 of a file's bytes in lower-case hex, to tell whether a persona file changed. */
    public static String contentHash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
