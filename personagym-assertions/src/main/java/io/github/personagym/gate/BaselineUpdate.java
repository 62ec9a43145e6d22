package io.github.personagym.gate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The entries a run writes into the baseline, held until the end of the run and then written in one step:
 * under the {@link BaselineLock}, merged into what the file holds at that moment (so that other writers' entries
 * are kept), then moved over it. A run killed before the end leaves the file as it was.
 */
final class BaselineUpdate {

    private final Path file;
    private final Map<String, Baseline.Entry> entries = new LinkedHashMap<>();
    private final Map<String, List<String>> notWritten = new LinkedHashMap<>();

    BaselineUpdate(Path file) {
        this.file = file;
    }

    synchronized void add(String key, Baseline.Entry entry) {
        entries.put(key, entry);
        notWritten.remove(key);
    }

    /** An entry not written because this run has no value for {@code withoutScore}. */
    synchronized void skip(String key, List<String> withoutScore) {
        if (!entries.containsKey(key)) {
            notWritten.put(key, List.copyOf(withoutScore));
        }
    }

    /**
     * Writes the entries added since the last call, and returns what to print, one line each: what was written,
     * and a warning naming every entry that was not, with the command that updates them.
     *
     * @throws Baseline.UnknownSchemaVersion when the file on disk is of a schema version this build does not read
     * @throws Baseline.BaselineException   when the file on disk cannot be read; it is left as it is
     */
    synchronized List<String> write() {
        List<String> lines = new ArrayList<>();
        if (!entries.isEmpty()) {
            BaselineLock.holding(file, () -> {
                Baseline merged = onDisk();
                for (Map.Entry<String, Baseline.Entry> entry : entries.entrySet()) {
                    merged = merged.with(entry.getKey(), entry.getValue());
                }
                merged.write(file);
            });
            lines.add("baseline " + file + ": wrote " + entries.size() + (entries.size() == 1 ? " entry (" : " entries (")
                    + String.join(", ", entries.keySet()) + "); commit it to gate later runs");
            entries.clear();
        }
        if (!notWritten.isEmpty()) {
            lines.add("WARNING baseline " + file + ": not updated for " + notWritten.entrySet().stream()
                    .map(e -> e.getKey() + " (no score for " + String.join(", ", e.getValue()) + ")")
                    .collect(Collectors.joining(", ")) + ": an entry is never replaced by one without scores, so "
                    + (notWritten.size() == 1 ? "it is" : "they are") + " left as " + (notWritten.size() == 1 ? "it was"
                    : "they were") + ". Once the judges and agents answer again, re-run " + RegressionGate.UPDATE_COMMAND);
            notWritten.clear();
        }
        return lines;
    }

    /**
     * The file as it is now. One that cannot be read (a merge conflict, a hand edit) is never written over: it may
     * hold other personas' entries, so the update fails with the reason instead.
     */
    private Baseline onDisk() {
        return Baseline.read(file);
    }
}
