package io.github.personagym.mutants;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** What the checks, the console and the reports say about a persona's mutants. */
@API(status = INTERNAL, since = "0.1")
public final class MutantMessages {

    private static final int QUOTE = 100;

    private MutantMessages() {
    }

    /** One line: the kinds by status with their scores, e.g. {@code caught 5 of 6: swapped 1.80, …; survived: one-word 4.10}. */
    public static String line(MutantOutcome outcome) {
        int decidable = outcome.findings().size() - outcome.with(MutantStatus.EQUIVALENT).size();
        var line = new StringBuilder("caught ").append(outcome.with(MutantStatus.CAUGHT).size()).append(" of ")
                .append(decidable);
        for (MutantStatus status : MutantStatus.values()) {
            List<MutantFinding> findings = outcome.with(status);
            if (!findings.isEmpty()) {
                line.append(status == MutantStatus.CAUGHT ? ": " : "; " + status.id() + ": ")
                        .append(findings.stream().map(MutantMessages::kindAndScore).collect(Collectors.joining(", ")));
            }
        }
        return line.toString();
    }

    /** What the mutants cost, e.g. {@code 60 mutant answers, 12 judge calls, 10 agent calls}. */
    public static String cost(Mutants mutants) {
        return mutants.answersJudged() + " mutant answers, " + mutants.judgeCalls() + " judge calls"
                + (mutants.agentCalls() > 0 ? ", " + mutants.agentCalls() + " agent calls" : "");
    }

    /**
     * The "mutants caught" check's message: every surviving or unscored kind with the figures that decided it
     * and the mutant answer the judges liked best, then the caught kinds and the cost.
     */
    public static String check(String personaId, MutantOutcome outcome) {
        List<MutantFinding> survived = outcome.survived();
        var text = new StringBuilder(personaId).append(": ");
        text.append(survived.isEmpty() ? "no mutant survived" : survived.size() + " of "
                + outcome.findings().size() + " mutant kinds survived: the suite and its judges did not tell "
                + (survived.size() == 1 ? "this broken agent" : "these broken agents") + " from the agent");
        text.append(" (").append(line(outcome)).append(')');
        for (MutantFinding finding : outcome.findings()) {
            if (finding.status() == MutantStatus.SURVIVED || finding.status() == MutantStatus.UNSCORED) {
                text.append("\n  ").append(finding.kind().id()).append(' ').append(finding.status().id()).append(" (")
                        .append(finding.kind().description()).append("): ").append(finding.reason());
                finding.trial().notes().forEach(note -> text.append("\n    ").append(note));
                bestLiked(finding.trial()).ifPresent(best -> text.append("\n    best-scored mutant answer: ")
                        .append(best));
            }
        }
        text.append("\nThe mutants cost ").append(cost(outcome.mutants())).append('.');
        if (!survived.isEmpty() && !outcome.mutants().settings().required()) {
            text.append(" A surviving mutant fails this check only with personagym.mutants.required=true.");
        }
        return text.toString();
    }

    private static String kindAndScore(MutantFinding finding) {
        return finding.kind().id() + (finding.score().isPresent() ? " " + MutantFinding.format(
                finding.score().getAsDouble()) : "");
    }

    private static java.util.Optional<String> bestLiked(MutantTrial trial) {
        return trial.answers().stream().filter(MutantAnswer::isScored)
                .max(Comparator.comparingDouble(a -> a.judged().score().getAsDouble()))
                .map(a -> a.questionKey() + " [" + a.task() + "] " + MutantFinding.format(a.judged().score()
                        .getAsDouble()) + ": \"" + quote(a.judged().answer().text()) + "\"");
    }

    static String quote(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= QUOTE ? line : line.substring(0, QUOTE - 1) + "\u2026";
    }
}
