package io.github.personagym.run;

import io.github.personagym.Persona;
import io.github.personagym.Task;
import io.github.personagym.llm.Redaction;
import io.github.personagym.persona.PersonaFingerprint;
import io.github.personagym.services.GymServices;
import io.github.personagym.suite.Suite;
import io.github.personagym.suite.SuiteFile;
import io.github.personagym.suite.SuiteQuestion;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Makes a persona's missing suite in a run: the generator writes it, the hand-written questions of the suite it
 * replaces are kept, and it is written to the suite folder, with a progress line before and after.
 *
 * @param step  a progress line (said unless progress is off)
 * @param print a line said whatever the progress setting
 */
record SuiteMaking(GymServices services, PersonaFiles files, Redaction redaction, Consumer<String> step,
                   Consumer<String> print) {

    /** Whether a generator model can make the suites that are missing. */
    boolean canGenerate() {
        return services.suiteGenerator().isPresent();
    }

    /** Why a persona without a suite is not evaluated, when there is no generator model to make one. */
    String noSuiteReason(Persona persona) {
        return "No suite for persona '" + persona.id() + "' at " + files.suitePath(persona)
                + " and no generator model to make one: " + services.whyNoGenerator();
    }

    /** Makes a persona's suite with the generator and writes it to the suite folder, saying so in progress lines. */
    Suite generate(Persona persona, List<Task> tasks) {
        String id = persona.id();
        step.accept(id + ": no suite yet; generating one with " + services.generatorSpec() + " ("
                + (persona.environments().isEmpty() ? "selecting environments, " : "")
                + "writing questions for " + tasks.size() + " tasks)");
        Suite generated = services.suiteGenerator().orElseThrow(() -> new IllegalStateException(noSuiteReason(persona)))
                .generate(persona, PersonaFingerprint.of(persona).hash(), tasks, services.environments().names(),
                        handWritten(persona, tasks));
        Path path = files.suitePath(persona);
        Suite suite = generated.withFile(path);
        SuiteFile.write(suite, path, redaction);
        step.accept(id + ": suite written to " + path + " (" + count(suite.environments().size(), "environment") + ", "
                + count(suite.questions().size(), "question") + "); review and commit it");
        return SuiteFile.read(path).orElse(suite);
    }

    /**
     * The questions of the suite a new one replaces that no generator wrote (judge-free ones, with a reference answer
     * or options, and dialogue questions, with their earlier turns), of the tasks it is made for: written by hand, they
     * are kept. A suite that cannot be read keeps nothing, and a line says so.
     */
    private List<SuiteQuestion> handWritten(Persona persona, List<Task> tasks) {
        Set<String> names = new HashSet<>(tasks.stream().map(Task::name).toList());
        try {
            return files.replaced(persona).map(old -> old.questions().stream()
                    .filter(q -> (q.answerKey().isPresent() || !q.context().isEmpty()) && names.contains(q.task()))
                    .toList()).orElse(List.of());
        } catch (RuntimeException e) {
            print.accept("WARNING " + persona.id() + ": the suite being replaced cannot be read, so none of its"
                    + " hand-written reference, multiple-choice or dialogue questions is kept: " + e.getMessage()
                    + " To keep them, fix the file (or copy them out) before generating it anew.");
            return List.of();
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
