package io.github.personagym.run;

import io.github.personagym.Persona;
import io.github.personagym.suite.Suite;
import io.github.personagym.suite.SuiteFile;
import io.github.personagym.judge.Judge;
import io.github.personagym.judge.PersonaCalibratedJudge;
import io.github.personagym.judge.ScoreExemplars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The personas a judge that calibrates per persona (the offline judge) contrasts a persona with: the run's other
 * personas, and the personas in the folder of the persona's file whatever the run selected, so that a persona is
 * contrasted with the same personas whether one test class or one persona of its folder runs, and whichever front end
 * runs it. A run with personas of other folders too contrasts with those as well.
 */
final class ContrastPersonas {

    private final PersonaFiles files;
    private final ClasspathListing classpath;
    private final Map<String, Registered> registered = new LinkedHashMap<>();
    private final Map<String, Map<Persona, List<ScoreExemplars>>> besideByFolder = new ConcurrentHashMap<>();

    ContrastPersonas(PersonaFiles files, ClasspathListing classpath) {
        this.files = files;
        this.classpath = classpath;
    }

    /** A persona of the run, with its suite as it is when asked (a suite made in the run comes later). */
    synchronized void register(Persona persona, Supplier<Optional<Suite>> suite) {
        registered.putIfAbsent(persona.id(), new Registered(persona, suite));
    }

    /**
     * The judges, each that calibrates per persona calibrated on this persona's suite and contrasted with every other
     * persona of the run and beside its file; the others unchanged.
     */
    List<Judge> calibrated(List<Judge> judges, Persona persona, Optional<PersonaFileLocation> location, Suite suite) {
        if (judges.stream().noneMatch(PersonaCalibratedJudge.class::isInstance)) {
            return judges;
        }
        Map<Persona, List<ScoreExemplars>> others = others(persona, location);
        List<ScoreExemplars> own = exemplars(Optional.of(suite));
        return judges.stream().map(judge -> judge instanceof PersonaCalibratedJudge c
                ? c.calibrated(persona, own, others) : judge).toList();
    }

    private Map<Persona, List<ScoreExemplars>> others(Persona persona, Optional<PersonaFileLocation> location) {
        Map<String, Persona> byId = new TreeMap<>();
        Map<String, List<ScoreExemplars>> exemplarsById = new LinkedHashMap<>();
        synchronized (this) {
            registered.values().forEach(other -> {
                byId.putIfAbsent(other.persona().id(), other.persona());
                exemplarsById.putIfAbsent(other.persona().id(), exemplars(other.suite().get()));
            });
        }
        location.map(this::beside).orElse(Map.of()).forEach((other, exemplars) -> {
            byId.putIfAbsent(other.id(), other);
            exemplarsById.putIfAbsent(other.id(), exemplars);
        });
        Map<Persona, List<ScoreExemplars>> others = new LinkedHashMap<>();
        byId.forEach((id, other) -> {
            if (!id.equals(persona.id())) {
                others.put(other, exemplarsById.get(id));
            }
        });
        return others;
    }

    /** The personas in the folder of this persona's file, with their suites' exemplars; unreadable files left out. */
    private Map<Persona, List<ScoreExemplars>> beside(PersonaFileLocation location) {
        return besideByFolder.computeIfAbsent(location.folder(), ignored -> {
            Map<Persona, List<ScoreExemplars>> found = new LinkedHashMap<>();
            for (PersonaFileLocation neighbour : neighbours(location)) {
                try {
                    Persona other = files.load(neighbour);
                    found.putIfAbsent(other, exemplars(files.suite(other, neighbour).suite()));
                } catch (RuntimeException unreadable) {
                    // a broken neighbour fails its own tests where it is selected; here it is only not contrasted
                }
            }
            return found;
        });
    }

    private List<PersonaFileLocation> neighbours(PersonaFileLocation location) {
        if (location.file().isPresent()) {
            Path parent = location.file().get().toAbsolutePath().normalize().getParent();
            try (Stream<Path> listed = Files.list(parent)) {
                return listed.filter(ContrastPersonas::isPersonaFile).sorted().map(PersonaFileLocation::ofFile)
                        .toList();
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        }
        String resource = location.resource().orElse("");
        String folder = resource.contains("/") ? resource.substring(0, resource.lastIndexOf('/') + 1) : "";
        return classpath.resolve(folder + "*.y*ml").stream().filter(name -> isPersonaFile(Path.of(name)))
                .map(PersonaFileLocation::ofResource).toList();
    }

    private static boolean isPersonaFile(Path file) {
        String name = file.getFileName().toString();
        return (name.endsWith(".yaml") || name.endsWith(".yml")) && !name.endsWith(SuiteFile.EXTENSION)
                && !name.endsWith(".labelled.yaml");
    }

    private static List<ScoreExemplars> exemplars(Optional<Suite> suite) {
        return suite.stream().flatMap(s -> s.singleQuestionExemplars().stream()).toList();
    }

    private record Registered(Persona persona, Supplier<Optional<Suite>> suite) {
    }
}
