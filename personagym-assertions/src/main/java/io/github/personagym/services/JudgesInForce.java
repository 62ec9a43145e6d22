package io.github.personagym.services;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.config.ConfigSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The judges of a run and why they are the ones: each judge's spec and where it came from, the errors that
 * make a judge unusable (one line each, naming what to set), and notes a user should read before trusting the
 * scores (the offline judge by default and how to get an LLM judge; recorded verdicts of other judges; a
 * baseline made with other judges).
 *
 * @param judges each judge of the ensemble, in order
 * @param errors one line per judge that cannot give a verdict in this run
 * @param notes  one line per thing that changes what the scores mean
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record JudgesInForce(List<Entry> judges, List<String> errors, List<String> notes) {

    /**
     * One judge.
     *
     * @param spec   its model spec ({@code openai:gpt-4o-mini}, {@code offline}) or id
     * @param source where the setting that chose it came from
     * @param origin the same in words: {@code system property personagym.judges},
     *               {@code default: no personagym.judges set}
     */
    public record Entry(String spec, ConfigSource source, String origin) {

        public Entry {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(origin, "origin");
        }
    }

    public JudgesInForce {
        judges = List.copyOf(judges);
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    /** Judges handed over in code, known by their ids only. */
    public static JudgesInForce given(List<String> ids) {
        return new JudgesInForce(ids.stream().map(id -> new Entry(id, ConfigSource.GIVEN, "given in code")).toList(),
                List.of(), List.of());
    }

    /** This, with one more note (a blank one is left out). */
    public JudgesInForce withNote(String note) {
        if (note.isBlank()) {
            return this;
        }
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new JudgesInForce(judges, errors, more);
    }

    /**
     * The judges on one line: {@code openai:gpt-4o-mini (system property personagym.judges)}, or with one origin
     * per judge when they differ.
     */
    public String summary() {
        if (judges.stream().map(Entry::origin).distinct().count() == 1) {
            return judges.stream().map(Entry::spec).collect(Collectors.joining(", "))
                    + " (" + judges.get(0).origin() + ")";
        }
        return judges.stream().map(j -> j.spec() + " (" + j.origin() + ")").collect(Collectors.joining(", "));
    }

    /** What a run prints about its judges: the judges, then each error, then each note, one line each. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("judges in force: " + summary());
        errors.forEach(error -> lines.add("ERROR " + error));
        lines.addAll(notes);
        return lines;
    }
}
