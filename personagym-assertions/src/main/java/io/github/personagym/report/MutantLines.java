package io.github.personagym.report;

import io.github.personagym.config.ConfigKeys;
import java.util.List;

/**
 * The mutants block under the summary table: per persona, which mutant kinds were caught and which survived,
 * what they cost, and a warning for each persona whose surviving mutants do not fail the build.
 */
final class MutantLines {

    private MutantLines() {
    }

    static String render(ReportModel.Run run) {
        List<ReportModel.PersonaEntry> personas = run.personas().stream().filter(p -> p.mutants() != null).toList();
        if (personas.isEmpty()) {
            return "";
        }
        int width = personas.stream().mapToInt(p -> p.id().length()).max().orElse(0);
        var text = new StringBuilder("Mutants (each kind judged on up to ")
                .append(personas.get(0).mutants().questionsPerTask()).append(" questions per task)\n");
        int answers = 0;
        int judgeCalls = 0;
        int agentCalls = 0;
        for (ReportModel.PersonaEntry p : personas) {
            ReportModel.MutantsEntry m = p.mutants();
            text.append("  ").append(p.id()).append(" ".repeat(width - p.id().length())).append("  ")
                    .append(m.summary()).append('\n');
            answers += m.answersJudged();
            judgeCalls += m.judgeCalls();
            agentCalls += m.agentCalls();
        }
        text.append("  cost: ").append(answers).append(" mutant answers, ").append(judgeCalls).append(" judge calls")
                .append(agentCalls > 0 ? ", " + agentCalls + " agent calls" : "").append('\n');
        for (ReportModel.PersonaEntry p : personas) {
            List<String> survived = kinds(p.mutants(), "survived");
            if (!survived.isEmpty() && !p.mutants().required()) {
                text.append("WARNING ").append(p.id()).append(": mutant").append(survived.size() == 1 ? "" : "s")
                        .append(" survived (").append(String.join(", ", survived)).append("): the suite and its judges ")
                        .append("did not tell ").append(survived.size() == 1 ? "this broken agent" : "these broken agents")
                        .append(" from the agent; ").append(ConfigKeys.MUTANTS_REQUIRED)
                        .append("=true fails the build on it\n");
            }
        }
        return text.toString();
    }

    private static List<String> kinds(ReportModel.MutantsEntry m, String status) {
        return m.kinds().stream().filter(k -> k.status().equals(status)).map(ReportModel.MutantKindEntry::kind).toList();
    }
}
