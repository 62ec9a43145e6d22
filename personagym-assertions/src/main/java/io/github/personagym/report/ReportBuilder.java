package io.github.personagym.report;

import io.github.personagym.evaluation.PersonaRun;
import io.github.personagym.gate.Comparison;
import io.github.personagym.gate.GateResult;
import io.github.personagym.gate.RegressionGate;
import io.github.personagym.TaskKind;
import io.github.personagym.judge.Agreement;
import io.github.personagym.metric.AnswerKey;
import io.github.personagym.metric.Choices;
import io.github.personagym.metric.Measurement;
import io.github.personagym.metric.ReferenceAnswer;
import io.github.personagym.score.MetricScore;
import io.github.personagym.judge.Verdict;
import io.github.personagym.services.JudgesInForce;
import io.github.personagym.evaluation.QuestionResult;
import io.github.personagym.llm.UsageMeter;
import io.github.personagym.score.ConfidenceInterval;
import io.github.personagym.score.ConversationScore;
import io.github.personagym.score.PersonaScore;
import io.github.personagym.score.TaskScore;
import io.github.personagym.slice.SliceSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/** Turns the runs of the personas, the gate's findings and the model usage into the report model. */
final class ReportBuilder {

    private static final int CHANGED_ANSWERS = 10;

    private final RegressionGate gate;
    private final SliceSettings slices;

    ReportBuilder(RegressionGate gate) {
        this(gate, SliceSettings.OFF);
    }

    ReportBuilder(RegressionGate gate, SliceSettings slices) {
        this.gate = gate;
        this.slices = slices;
    }

    ReportModel.Run build(List<PersonaRun> runs, Optional<Map<String, UsageMeter.Usage>> usage, Instant now) {
        return build(runs, usage, JudgesSection.fromVerdicts(runs), now);
    }

    ReportModel.Run build(List<PersonaRun> runs, Optional<Map<String, UsageMeter.Usage>> usage,
                          JudgesInForce judgesInForce, Instant now) {
        return build(runs, usage, judgesInForce, List.of(), now);
    }

    ReportModel.Run build(List<PersonaRun> runs, Optional<Map<String, UsageMeter.Usage>> usage,
                          JudgesInForce judgesInForce, List<ReportModel.SkippedEntry> skipped, Instant now) {
        List<ReportModel.PersonaEntry> personas = runs.stream().map(this::persona).toList();
        return new ReportModel.Run(ReportModel.SCHEMA_VERSION, now.toString(), personas,
                judges(runs), agreement(runs), usage.map(ReportBuilder::usage).orElse(null), baseline(runs),
                JudgesSection.entry(judgesInForce), skipped, SliceSection.entry(slices, personas));
    }

    private ReportModel.PersonaEntry persona(PersonaRun run) {
        PersonaScore score = run.result().score();
        Map<String, ReportModel.TaskEntry> tasks = new LinkedHashMap<>();
        for (TaskScore task : score.tasks().values()) {
            tasks.put(task.task(), new ReportModel.TaskEntry(value(task.score()), ci(task.ci()), task.scored(),
                    task.unscored(), value(run.thresholds().task(task.task()))));
        }
        List<String> problems = PersonaVerdict.problems(run, gate.result(run.baselineKey()));
        return new ReportModel.PersonaEntry(run.id(), run.result().persona().name().orElse(run.id()), run.file(),
                value(score.value()), ci(score.ci()), value(run.thresholds().personaScore()), score.scored(),
                score.unscored(), problems.isEmpty(), problems, tasks,
                run.result().questions().stream().map(ReportBuilder::question).toList(),
                run.mutants().map(MutantEntries::of).orElse(null), metrics(run), run.result().persona().attributes(),
                run.agent(), conversations(run));
    }

    private static Map<String, ReportModel.ConversationEntry> conversations(PersonaRun run) {
        Map<String, ReportModel.ConversationEntry> conversations = new LinkedHashMap<>();
        for (ConversationScore c : run.result().conversations()) {
            var drift = c.drift();
            conversations.put(c.task(), new ReportModel.ConversationEntry(c.turns().stream()
                    .map(t -> new ReportModel.TurnEntry(t.turn(), value(t.score()), t.scored(), t.unscored())).toList(),
                    value(drift.value()), ci(drift.ci()), drift.early(), drift.late(), drift.why().orElse(null),
                    c.lowestDrift(), !c.driftTooLow()));
        }
        return conversations;
    }

    private static Map<String, ReportModel.MetricEntry> metrics(PersonaRun run) {
        Map<String, ReportModel.MetricEntry> metrics = new LinkedHashMap<>();
        for (MetricScore metric : run.result().metrics()) {
            metrics.put(metric.task(), new ReportModel.MetricEntry(metric.kind().id(), metric.metric(),
                    value(metric.value()), ci(metric.ci()), metric.ci().isEmpty() ? null
                    : metric.kind() == TaskKind.CHOICE ? "wilson" : "bootstrap", metric.scored(), metric.unscored(),
                    value(metric.exactMatch()), value(run.thresholds().task(metric.task()))));
        }
        return metrics;
    }

    private static ReportModel.MeasuredEntry measured(QuestionResult q) {
        if (q.measured().isEmpty()) {
            return null;
        }
        Measurement m = q.measured().get();
        Optional<AnswerKey> key = q.question().answerKey();
        return new ReportModel.MeasuredEntry(m.status().name().toLowerCase(Locale.ROOT), value(m.value()),
                m.exactMatch().orElse(null), m.chosen().orElse(null), m.detail(),
                key.filter(ReferenceAnswer.class::isInstance).map(k -> ((ReferenceAnswer) k).text()).orElse(null),
                key.filter(Choices.class::isInstance).map(k -> ((Choices) k).options()).orElse(null),
                key.filter(Choices.class::isInstance).map(k -> ((Choices) k).answerLabel()).orElse(null));
    }

    private static ReportModel.QuestionEntry question(QuestionResult q) {
        return new ReportModel.QuestionEntry(q.key(), q.task(), q.question().environment(), q.question().text(),
                q.answer().orElse(null), q.agentError().orElse(null), value(q.score()), value(q.judged().spread()),
                q.judged().answer().exemplars().isPresent(),
                q.judged().verdicts().stream().map(ReportBuilder::verdict).toList(), measured(q), context(q),
                q.question().turn().map(t -> t.conversation()).orElse(null),
                q.question().turn().map(t -> t.number()).orElse(null));
    }

    /** The earlier turns the question was asked after: a dialogue question's context, a turn's history. */
    private static List<ReportModel.ContextTurn> context(QuestionResult q) {
        List<io.github.personagym.Turn> turns = q.judged().answer().context().isEmpty() ? q.question().context()
                : q.judged().answer().context();
        return turns.stream().map(t -> new ReportModel.ContextTurn(t.byUser() ? "user" : "persona", t.text())).toList();
    }

    private static ReportModel.VerdictEntry verdict(Verdict v) {
        return new ReportModel.VerdictEntry(v.judge(), v.kind().name().toLowerCase(Locale.ROOT), value(v.score()),
                v.isScored() ? v.reasoning() : null, v.isScored() ? null : v.reasoning(), v.rawReply().orElse(null));
    }

    private static List<ReportModel.JudgeEntry> judges(List<PersonaRun> runs) {
        Map<String, List<Verdict>> byJudge = new LinkedHashMap<>();
        allQuestions(runs).forEach(q -> q.judged().verdicts()
                .forEach(v -> byJudge.computeIfAbsent(v.judge(), j -> new ArrayList<>()).add(v)));
        List<ReportModel.JudgeEntry> judges = new ArrayList<>();
        byJudge.forEach((judge, verdicts) -> judges.add(new ReportModel.JudgeEntry(judge, verdicts.size(),
                count(verdicts, Verdict.Kind.SCORED), count(verdicts, Verdict.Kind.UNPARSEABLE),
                count(verdicts, Verdict.Kind.ERROR),
                value(verdicts.stream().filter(Verdict::isScored).mapToInt(v -> v.score().getAsInt()).average()))));
        return judges;
    }

    private static ReportModel.AgreementEntry agreement(List<PersonaRun> runs) {
        Map<String, Map<String, ReportModel.AlphaEntry>> personas = new LinkedHashMap<>();
        for (PersonaRun run : runs) {
            Map<String, ReportModel.AlphaEntry> tasks = new LinkedHashMap<>();
            for (String task : run.result().score().tasks().keySet()) {
                tasks.put(task, alpha(run.result().questions(task)));
            }
            personas.put(run.id(), tasks);
        }
        Set<String> judges = new LinkedHashSet<>();
        allQuestions(runs).forEach(q -> q.judged().verdicts().forEach(v -> judges.add(v.judge())));
        return new ReportModel.AgreementEntry(judges.size(), alpha(allQuestions(runs)), personas);
    }

    private static ReportModel.AlphaEntry alpha(List<QuestionResult> questions) {
        Agreement agreement = Agreement.of(questions.stream().map(q -> q.judged().verdicts()).toList());
        return new ReportModel.AlphaEntry(value(agreement.intervalAlpha()), value(agreement.ordinalAlpha()),
                value(agreement.meanSpread()), agreement.pairableItems());
    }

    private static ReportModel.UsageEntry usage(Map<String, UsageMeter.Usage> bySpec) {
        Map<String, ReportModel.ModelUsage> byModel = new LinkedHashMap<>();
        long[] total = new long[4];
        bySpec.forEach((spec, u) -> {
            byModel.put(spec, new ReportModel.ModelUsage(u.calls(), u.promptTokens(), u.completionTokens(), u.replays()));
            total[0] += u.calls();
            total[1] += u.promptTokens();
            total[2] += u.completionTokens();
            total[3] += u.replays();
        });
        return new ReportModel.UsageEntry(total[0], total[1], total[2], total[3], byModel);
    }

    private ReportModel.BaselineEntry baseline(List<PersonaRun> runs) {
        Map<String, ReportModel.BaselinePersona> personas = new LinkedHashMap<>();
        for (PersonaRun run : runs) {
            gate.result(run.baselineKey()).ifPresent(result -> personas.put(run.id(), baselinePersona(result)));
        }
        return new ReportModel.BaselineEntry(gate.file().toString(), gate.tolerance(), gate.metricTolerance(),
                gate.updating(), personas);
    }

    private static ReportModel.BaselinePersona baselinePersona(GateResult result) {
        Map<String, ReportModel.ScoreDelta> scores = new LinkedHashMap<>();
        List<ReportModel.AnswerChange> changed = new ArrayList<>();
        result.comparison().ifPresent(c -> {
            c.deltas().forEach(d -> scores.put(d.what(), new ReportModel.ScoreDelta(value(d.baseline()),
                    value(d.current()), value(d.delta()), ci(d.ci()), d.change().name().toLowerCase(Locale.ROOT))));
            List<String> tasks = c.deltas().stream().map(Comparison.Delta::task).toList();
            c.changedMost(tasks, CHANGED_ANSWERS).forEach(a -> changed.add(new ReportModel.AnswerChange(
                    a.result().key(), a.result().task(), a.baseline(), a.current(), a.delta())));
        });
        return new ReportModel.BaselinePersona(result.status().name().toLowerCase(Locale.ROOT), result.message(),
                scores, changed);
    }

    static List<QuestionResult> allQuestions(List<PersonaRun> runs) {
        return runs.stream().flatMap(r -> r.result().questions().stream()).toList();
    }

    private static int count(List<Verdict> verdicts, Verdict.Kind kind) {
        return (int) verdicts.stream().filter(v -> v.kind() == kind).count();
    }

    static Double value(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static Integer value(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }

    static List<Double> ci(Optional<ConfidenceInterval> ci) {
        return ci.map(c -> List.of(c.low(), c.high())).orElse(null);
    }
}
