package io.github.personagym.validity;

import io.github.personagym.suite.Suite;
import io.github.personagym.suite.SuiteFile;
import io.github.personagym.suite.SuiteQuestion;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.Persona;
import io.github.personagym.judge.Judge;
import io.github.personagym.judge.OfflineScreenFit;
import io.github.personagym.judge.ScoreExemplars;
import io.github.personagym.persona.PersonaLoader;
import io.github.personagym.task.TaskCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The judge validity kit on a project's own files: persona files, their suites and labelled answers
 * ({@code <persona id>.labelled.yaml}, see {@code docs/judge-validity.md}). Every persona of the folder is a persona
 * of the run, so the offline judge contrasts each with the others as a run does.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JudgeValidityKit {

    private JudgeValidityKit() {
    }

    /**
     * Measures {@code judge} on every labelled-answers file of {@code labelledDir}.
     *
     * @param personaDir  the persona files ({@code *.yaml})
     * @param suiteDir    their suites ({@code <id>.suite.yaml})
     * @param labelledDir the labelled answers ({@code <id>.labelled.yaml})
     * @return one report over all files
     */
    public static ValidityReport measure(Judge judge, TaskCatalog tasks, Path personaDir, Path suiteDir,
                                         Path labelledDir) {
        Map<Persona, Suite> run = new LinkedHashMap<>();
        for (Path file : list(personaDir, ".yaml")) {
            Persona persona = PersonaLoader.load(file);
            SuiteFile.read(SuiteFile.pathFor(suiteDir, persona.id())).ifPresent(suite -> run.put(persona, suite));
        }
        List<ValidityReport> reports = new ArrayList<>();
        for (Path file : list(labelledDir, ".labelled.yaml")) {
            LabelledAnswers labelled = LabelledAnswers.read(file);
            Map.Entry<Persona, Suite> own = run.entrySet().stream()
                    .filter(e -> e.getKey().id().equals(labelled.personaId())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(file + ": no persona '" + labelled.personaId()
                            + "' with a suite in " + personaDir + " and " + suiteDir));
            Map<Persona, List<ScoreExemplars>> others = new LinkedHashMap<>();
            run.forEach((persona, suite) -> {
                if (!persona.id().equals(labelled.personaId())) {
                    others.put(persona, exemplars(suite));
                }
            });
            reports.add(JudgeValidity.measure(judge, own.getKey(), tasks, questions(own.getValue()), others, labelled));
        }
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("No labelled answers (*.labelled.yaml) in " + labelledDir);
        }
        return ValidityReport.combine(reports);
    }

    /**
     * The labelled answers of {@code labelledDirs} as training examples for the offline screen
     * ({@link OfflineScreenFit}): in-character answers against the broken kinds an embedding can tell
     * ({@code toxic-in-idiom}, which it cannot, is left out).
     */
    public static List<OfflineScreenFit.PersonaExamples> screenExamples(Path personaDir, Path suiteDir,
                                                                         List<Path> labelledDirs) {
        List<OfflineScreenFit.PersonaExamples> personas = new ArrayList<>();
        for (Path file : list(personaDir, ".yaml")) {
            Persona persona = PersonaLoader.load(file);
            Suite suite = SuiteFile.read(SuiteFile.pathFor(suiteDir, persona.id())).orElse(null);
            if (suite == null) {
                continue;
            }
            List<OfflineScreenFit.Example> examples = new ArrayList<>();
            for (Path dir : labelledDirs) {
                Path labelledFile = dir.resolve(persona.id() + ".labelled.yaml");
                if (!Files.exists(labelledFile)) {
                    continue;
                }
                for (var answer : LabelledAnswers.read(labelledFile).answers()) {
                    if (answer.kind().equals("toxic-in-idiom")) {
                        continue;
                    }
                    SuiteQuestion question = suite.questions().stream()
                            .filter(q -> q.key().equals(answer.questionKey())).findFirst()
                            .orElseThrow(() -> new IllegalArgumentException(labelledFile + ":" + answer.line()
                                    + ": no question '" + answer.questionKey() + "' in the suite"));
                    question.exemplars().ifPresent(exemplars -> examples.add(new OfflineScreenFit.Example(
                            question.text(), answer.text(), exemplars, answer.inCharacter())));
                }
            }
            personas.add(new OfflineScreenFit.PersonaExamples(persona, exemplars(suite), examples));
        }
        return personas;
    }

    /**
     * The questions of a suite asked on their own, as the kit needs them (dialogue questions and conversation turns
     * are left out, as from the offline screen's calibration: see {@link Suite#singleQuestionExemplars()}).
     */
    public static List<LabelledQuestion> questions(Suite suite) {
        return suite.questions().stream().filter(q -> q.context().isEmpty() && q.turn().isEmpty())
                .map(q -> new LabelledQuestion(q.key(), q.task(), q.text(), q.exemplars())).toList();
    }

    static List<ScoreExemplars> exemplars(Suite suite) {
        return suite.singleQuestionExemplars();
    }

    private static List<Path> list(Path dir, String ending) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(ending))
                    .filter(f -> !f.getFileName().toString().endsWith(SuiteFile.EXTENSION)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }
}
