package io.github.personagym.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The conversation tasks in the console summary: one line per persona and task with the score of each turn and the
 * drift, or why there is no drift figure.
 */
final class ConversationLines {

    private ConversationLines() {
    }

    /** Empty when the run has no conversation task. */
    static String render(ReportModel.Run run) {
        var text = new StringBuilder();
        for (ReportModel.PersonaEntry persona : run.personas()) {
            if (persona.conversations() == null) {
                continue;
            }
            persona.conversations().forEach((task, c) -> text.append(line(persona.id(), task, c)).append('\n'));
        }
        return text.isEmpty() ? "" : "\nConversations (score per turn, 1 to 5; drift = mean of the late turns minus the"
                + " early turns)\n" + text;
    }

    static String line(String persona, String task, ReportModel.ConversationEntry c) {
        String turns = c.turns().stream().map(t -> t.score() == null ? "-" : number(t.score()))
                .collect(Collectors.joining(" "));
        String windows = "turns " + range(c.late()) + " minus " + range(c.early());
        String drift = c.drift() == null ? "no drift figure: " + c.noDrift()
                : "drift " + number(c.drift()) + (c.driftCi() == null ? "" : " [" + number(c.driftCi().get(0)) + ", "
                + number(c.driftCi().get(1)) + "]") + " (" + windows + "), at least " + number(c.lowestDrift())
                + (c.driftPassed() ? " PASS" : " FAIL");
        List<Integer> unscored = c.turns().stream().filter(t -> t.unscored() > 0)
                .map(ReportModel.TurnEntry::turn).toList();
        return persona + "  " + task + "  turns " + turns + "  " + drift + (unscored.isEmpty() ? ""
                : "\n  " + persona + " " + task + ": turn" + (unscored.size() == 1 ? " " : "s ")
                + unscored.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " unscored (an agent error,"
                + " or a judge that failed or abstained: see their tests); the offline judge abstains on what it cannot"
                + " tell, an LLM judge (personagym.judges) scores it");
    }

    private static String range(List<Integer> turns) {
        return io.github.personagym.score.ConversationScore.Drift.range(turns);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
