package io.github.personagym.junit.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entries a run writes into the baseline, held until the end of the run and then written in one step:
 * under the {@link BaselineLock}, merged into what the file holds at that moment (so that other writers' entries
 * are kept), then moved over it. A run killed before the end leaves the file as it was.
 */
final class BaselineUpdate {

    private final Path file;
    private final Map<String, Baseline.Entry> entries = new LinkedHashMap<>();

    BaselineUpdate(Path file) {
        this.file = file;
    }

    synchronized void add(String key, Baseline.Entry entry) {
        entries.put(key, entry);
    }

    /**
     * Writes the entries added since the last call, and returns what to print: one line saying what was written.
     *
     * @throws Baseline.UnknownSchemaVersion when the file on disk is of a schema version this build does not read
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
        return lines;
    }

    /** The file as it is now; one that cannot be read has nothing worth keeping, unless a later build made it. */
    private Baseline onDisk() {
        try {
            return Baseline.read(file);
        } catch (Baseline.UnknownSchemaVersion e) {
            throw e;
        } catch (Baseline.BaselineException e) {
            return Baseline.empty();
        }
    }
}
