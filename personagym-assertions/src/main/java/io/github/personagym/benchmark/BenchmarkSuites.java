package io.github.personagym.benchmark;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.github.personagym.config.ProjectPaths;
import io.github.personagym.suite.Suite;
import io.github.personagym.suite.SuiteQuestion;
import io.github.personagym.Persona;
import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.Configuration;
import io.github.personagym.persona.PersonaFingerprint;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The PersonaGym benchmark as suites: the personas of a benchmark folder that the run takes
 * ({@value ConfigKeys#BENCHMARK_PERSONAS}, {@value ConfigKeys#SHARD}), each with the suite of its saved questions,
 * made without any generation, and the files that do not fit the format. What a front end needs to run the
 * benchmark from a directory selector or from {@value ConfigKeys#BENCHMARK_DIR}.
 *
 * @param folder    the benchmark folder
 * @param personas  the personas the run takes, sorted by id, with their suites
 * @param problems  the files that do not fit, by name; with a shard, only those whose file name falls in it, so
 *                  that shards report each broken file once
 * @param selection one line saying which personas the run takes (with the seed of a sample), to print
 */
@API(status = INTERNAL, since = "0.1")
public record BenchmarkSuites(Path folder, List<Entry> personas, List<BenchmarkProblem> problems, String selection) {

    /** The {@code generator} of a benchmark suite: no model wrote its questions. */
    public static final String GENERATOR = "PersonaGym benchmark (published questions)";

    public BenchmarkSuites {
        personas = List.copyOf(personas);
        problems = List.copyOf(problems);
    }

    /**
     * One benchmark persona: the persona (its description as the paper gives it), its suite, and its question file,
     * the test source of its nodes.
     */
    public record Entry(Persona persona, Suite suite, Path file) {
    }

    /**
     * The benchmark in {@code folder}, or empty when the folder does not look like one (no {@code .json} file, or
     * persona YAML files: then it is a persona folder).
     *
     * @throws IllegalArgumentException when a benchmark key has a value it does not take
     */
    public static Optional<BenchmarkSuites> inFolder(Path folder, Configuration configuration) {
        if (!BenchmarkReader.isBenchmarkFolder(folder)) {
            return Optional.empty();
        }
        return Optional.of(load(folder, configuration));
    }

    /** The benchmark that {@value ConfigKeys#BENCHMARK_DIR} names, if it names one. */
    public static Optional<BenchmarkSuites> configured(Configuration configuration) {
        return configuration.get(ConfigKeys.BENCHMARK_DIR)
                .map(dir -> io.github.personagym.config.ProjectPaths.of(configuration, ConfigKeys.BENCHMARK_DIR, dir))
                .map(folder -> {
                    if (!java.nio.file.Files.isDirectory(folder)) {
                        throw new IllegalArgumentException(ConfigKeys.BENCHMARK_DIR + " names " + folder
                                + ", which is not a folder: point it at the benchmark-v1 folder of a clone of the "
                                + "PersonaGym repository");
                    }
                    return load(folder, configuration);
                });
    }

    /** Reads every question file of {@code folder} and takes the personas {@code configuration} asks for. */
    public static BenchmarkSuites load(Path folder, Configuration configuration) {
        BenchmarkSet set = BenchmarkReader.read(folder);
        BenchmarkSubset.Chosen chosen = BenchmarkSubset.from(configuration).choose(set);
        String version = folder.toAbsolutePath().normalize().getFileName().toString();
        Optional<Shard> shard = Shard.from(configuration);
        List<BenchmarkProblem> problems = set.problems().stream()
                .filter(p -> shard.map(s -> s.contains(p.file().getFileName().toString())).orElse(true)).toList();
        return new BenchmarkSuites(folder, chosen.personas().stream().map(p -> entry(p, version)).toList(), problems,
                chosen.line());
    }

    /** The suite of a benchmark persona: its saved questions, in one environment named for the benchmark's folder. */
    public static Suite suite(BenchmarkPersona persona, String version) {
        List<SuiteQuestion> questions = persona.questions().stream().map(q -> question(q, version)).toList();
        return new Suite(persona.id(), PersonaFingerprint.of(persona.persona()).hash(), GENERATOR, List.of(version),
                questions, Optional.empty());
    }

    private static Entry entry(BenchmarkPersona persona, String version) {
        return new Entry(persona.persona(), suite(persona, version), persona.file());
    }

    private static SuiteQuestion question(BenchmarkQuestion q, String version) {
        return new SuiteQuestion(q.key(), q.task(), version, q.text(), Optional.empty(), 0);
    }
}
