package io.github.personagym.report;

import io.github.personagym.mutants.MutantAnswer;
import io.github.personagym.mutants.MutantFinding;
import io.github.personagym.mutants.MutantMessages;
import io.github.personagym.mutants.MutantOutcome;
import io.github.personagym.mutants.Mutants;

/** A persona's decided mutants as {@code report.json} holds them. */
final class MutantEntries {

    private MutantEntries() {
    }

    static ReportModel.MutantsEntry of(MutantOutcome outcome) {
        Mutants mutants = outcome.mutants();
        return new ReportModel.MutantsEntry(mutants.settings().required(), mutants.settings().questionsPerTask(),
                mutants.answersJudged(), mutants.judgeCalls(), mutants.agentCalls(), !outcome.failed(),
                MutantMessages.line(outcome),
                outcome.findings().stream().map(MutantEntries::kind).toList());
    }

    private static ReportModel.MutantKindEntry kind(MutantFinding f) {
        return new ReportModel.MutantKindEntry(f.kind().id(), f.kind().description(), f.status().id(),
                ReportBuilder.value(f.score()), ReportBuilder.ci(f.trial().score().ci()), f.trial().scored(),
                f.trial().unscored(), f.reason(), f.trial().notes(),
                f.trial().answers().stream().map(MutantEntries::answer).toList());
    }

    private static ReportModel.MutantAnswerEntry answer(MutantAnswer a) {
        return new ReportModel.MutantAnswerEntry(a.questionKey(), a.task(),
                a.error().isPresent() ? null : a.judged().answer().text(), ReportBuilder.value(a.judged().score()),
                a.isScored() ? null : a.problem().orElse(null));
    }
}
