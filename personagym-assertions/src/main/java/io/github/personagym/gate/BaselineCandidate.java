package io.github.personagym.gate;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.github.personagym.config.TemporaryFiles;
import io.github.personagym.evaluation.PersonaRun;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The baseline entries a run would write, kept beside its {@code report.json} as {@value #FILE_NAME}: the merge of
 * several runs' reports (shards on other machines, Surefire's forks) writes one baseline from all of them in one
 * step ({@code MergeReports --baseline FILE}), instead of each run writing its own copy. As in a run's own update,
 * a persona without every score has no entry, only its name and the scores it lacks in {@code notWritten}.
 *
 * @param personas   the entries, by baseline key
 * @param notWritten the personas without an entry, by baseline key, with the scores they lack
 */
@API(status = INTERNAL, since = "0.1")
public record BaselineCandidate(int schemaVersion, Map<String, Baseline.Entry> personas,
                         Map<String, List<String>> notWritten) {

    public static final String FILE_NAME = "baseline-candidate.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public BaselineCandidate {
        personas = personas == null ? Map.of() : new TreeMap<>(personas);
        notWritten = notWritten == null ? Map.of() : new TreeMap<>(notWritten);
    }

    public static BaselineCandidate of(List<PersonaRun> runs) {
        Map<String, Baseline.Entry> entries = new LinkedHashMap<>();
        Map<String, List<String>> notWritten = new LinkedHashMap<>();
        for (PersonaRun run : runs) {
            List<String> missing = Baseline.Entry.withoutScore(run);
            if (missing.isEmpty()) {
                entries.put(run.baselineKey(), Baseline.Entry.of(run));
            } else {
                notWritten.put(run.baselineKey(), missing);
            }
        }
        return new BaselineCandidate(Baseline.SCHEMA_VERSION, entries, notWritten);
    }

    /** The candidates of several runs as one. */
    public static BaselineCandidate merged(List<BaselineCandidate> candidates) {
        Map<String, Baseline.Entry> entries = new LinkedHashMap<>();
        Map<String, List<String>> notWritten = new LinkedHashMap<>();
        candidates.forEach(c -> {
            entries.putAll(c.personas());
            notWritten.putAll(c.notWritten());
        });
        entries.keySet().forEach(notWritten::remove);
        return new BaselineCandidate(Baseline.SCHEMA_VERSION, entries, notWritten);
    }

    public void write(Path folder) throws IOException {
        TemporaryFiles.writeWhole(folder.resolve(FILE_NAME), JSON.writeValueAsString(this) + System.lineSeparator());
    }

    /** The candidate beside {@code report}, a {@code report.json}. */
    public static BaselineCandidate besideReport(Path report) {
        Path file = report.resolveSibling(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(report + " has no " + FILE_NAME + " beside it, so its personas cannot "
                    + "be written into the baseline: run it again with this version of PersonaGym, or merge without "
                    + "--baseline");
        }
        try {
            BaselineCandidate candidate = JSON.readValue(file.toFile(), BaselineCandidate.class);
            if (candidate.schemaVersion() != Baseline.SCHEMA_VERSION) {
                throw new IllegalArgumentException(file + " has schemaVersion " + candidate.schemaVersion()
                        + ", this build reads " + Baseline.SCHEMA_VERSION + ": merge with the PersonaGym version that "
                        + "wrote it");
            }
            return candidate;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the entries into {@code baseline} in one step, under its lock; returns what to print, one line each. */
    public List<String> writeInto(Path baseline) {
        BaselineUpdate update = new BaselineUpdate(baseline);
        personas.forEach(update::add);
        notWritten.forEach(update::skip);
        try {
            return update.write();
        } catch (Baseline.BaselineException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
