package io.github.personagym.persona;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a value sits in a persona document: a list of keys (strings) and list indexes (integers).
 * Shown as {@code thresholds.tasks.Linguistic Habits} or {@code environments[2]}.
 */
record FieldPath(List<Object> segments) {

    static final FieldPath ROOT = new FieldPath(List.of());

    FieldPath {
        segments = List.copyOf(segments);
    }

    FieldPath key(String key) {
        return append(key);
    }

    FieldPath index(int index) {
        return append(index);
    }

    boolean isRoot() {
        return segments.isEmpty();
    }

    private FieldPath append(Object segment) {
        var longer = new ArrayList<>(segments);
        longer.add(segment);
        return new FieldPath(longer);
    }

    @Override
    public String toString() {
        var text = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                if (!text.isEmpty()) {
                    text.append('.');
                }
                text.append(segment);
            }
        }
        return text.toString();
    }
}
