package io.github.personagym.persona;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.github.personagym.Persona;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What of a persona shapes its suite's questions: its id, name, description, attributes, speaking style, language,
 * fixed environments and tasks. Thresholds, comments and formatting are left out, so a changed threshold or a new
 * comment keeps the suite; a field hash per field lets a stale suite say which field changed.
 *
 * @param fields the persona's question-shaping fields, by their YAML name, as text
 */
@API(status = INTERNAL, since = "0.1")
public record PersonaFingerprint(Map<String, String> fields) {

    /** Field names, in the order they are hashed and listed. */
    public static final List<String> FIELDS = List.of("id", "name", "description", "attributes", "speaking-style",
            "language", "environments", "tasks");

    public PersonaFingerprint {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static PersonaFingerprint of(Persona persona) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", persona.id());
        fields.put("name", persona.name().orElse(""));
        fields.put("description", persona.description().strip());
        fields.put("attributes", persona.attributes().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .sorted().collect(Collectors.joining("\n")));
        fields.put("speaking-style", persona.speakingStyle().map(String::strip).orElse(""));
        fields.put("language", persona.language().orElse(""));
        fields.put("environments", String.join("\n", persona.environments()));
        fields.put("tasks", String.join("\n", persona.tasks()));
        return new PersonaFingerprint(fields);
    }

    /** The hash a suite records as {@code persona-hash}. */
    public String hash() {
        var canonical = new StringBuilder("persona-fingerprint-v2\n");
        FIELDS.forEach(name -> canonical.append(name).append('\u0000').append(fields.getOrDefault(name, ""))
                .append('\u0000'));
        return sha256(canonical.toString());
    }

    /** A short hash per field, which a suite records as {@code persona-fields}. */
    public Map<String, String> fieldHashes() {
        Map<String, String> hashes = new LinkedHashMap<>();
        FIELDS.forEach(name -> hashes.put(name, sha256(fields.getOrDefault(name, "")).substring(0, 12)));
        return hashes;
    }

    /** The fields whose hash differs from {@code recorded}, in field order; empty when nothing was recorded. */
    public List<String> changedSince(Map<String, String> recorded) {
        if (recorded.isEmpty()) {
            return List.of();
        }
        Map<String, String> now = fieldHashes();
        return FIELDS.stream().filter(name -> !now.get(name).equals(recorded.get(name))).toList();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
