package io.github.personagym.report;

import java.util.List;
import java.util.Map;

/**
 * The run as {@code report.json} holds it (see {@code docs/report.schema.json}). These records map one to one
 * onto JSON: a Java {@code null} here is a JSON {@code null}, which means "absent", never 0.
 */
final class ReportModel {

    static final int SCHEMA_VERSION = 1;

    private ReportModel() {
    }

    record Run(int schemaVersion, String generatedAt, List<PersonaEntry> personas, List<JudgeEntry> judges,
               AgreementEntry agreement, UsageEntry usage, BaselineEntry baseline, JudgesInForceEntry judgesInForce,
               List<SkippedEntry> skipped, SlicesEntry slices) {

        Run {
            skipped = skipped == null ? List.of() : List.copyOf(skipped); // reports written before skips were kept
        }
    }

    /** A persona the run did not evaluate, and why, with what resolves it (the console's SKIPPED line). */
    record SkippedEntry(String id, String file, String reason) {
    }

    record PersonaEntry(String id, String name, String file, Double personaScore, List<Double> personaScoreCi,
                        Double threshold, int scored, int unscored, boolean passed, List<String> problems,
                        Map<String, TaskEntry> tasks, List<QuestionEntry> questions, MutantsEntry mutants,
                        Map<String, MetricEntry> metrics, Map<String, String> attributes, String agent,
                        Map<String, ConversationEntry> conversations) {
    }

    /**
     * The run's PersonaScores by persona attribute ({@code personagym.slices}); {@code null} in {@link Run} when the
     * run was not sliced. {@code maxGap}: {@code null} when flagged gaps never fail.
     */
    record SlicesEntry(List<String> attributes, Double maxGap, int minGroup, double confidence,
                       List<AttributeSliceEntry> slices) {
    }

    /**
     * {@code agent}: whose personas, in a run of several agents (empty in a run of one); {@code compared}: whether two
     * groups or more were large enough to compare.
     */
    record AttributeSliceEntry(String attribute, String agent, boolean compared, List<SliceGroupEntry> groups, List<String> lacking,
                               List<String> unscored, List<SliceGapEntry> gaps) {
    }

    /** {@code ci}: the 95% t-interval of the mean, {@code null} for a group of one persona. */
    record SliceGroupEntry(String value, List<String> personas, double mean, List<Double> ci, boolean compared) {
    }

    /** {@code ci}: Welch's interval of {@code higher - lower} at {@code confidence}. */
    record SliceGapEntry(String higher, String lower, double gap, List<Double> ci, double confidence, boolean flagged,
                         boolean exceedsMaxGap) {
    }

    /**
     * A conversation task's score per turn and its drift (late turns' mean minus early turns'); {@code lowestDrift}: the
     * lowest drift that passes; {@code noDrift}: why there is no drift figure, when there is none.
     */
    record ConversationEntry(List<TurnEntry> turns, Double drift, List<Double> driftCi, List<Integer> early,
                             List<Integer> late, String noDrift, double lowestDrift, boolean driftPassed) {
    }

    /** One turn number of a conversation task: its mean score over the task's conversations. */
    record TurnEntry(int turn, Double score, int scored, int unscored) {
    }

    /** An earlier turn a question was asked after: {@code speaker} is {@code user} or {@code persona}. */
    record ContextTurn(String speaker, String text) {
    }

    /** A judge-free task's score on its own scale; {@code interval}: {@code bootstrap} or {@code wilson}. */
    record MetricEntry(String kind, String metric, Double value, List<Double> ci, String interval, int scored,
                       int unscored, Double exactMatch, Double threshold) {
    }

    record TaskEntry(Double score, List<Double> ci, int scored, int unscored, Double threshold) {
    }

    /** {@code exemplars}: whether the judges had the question's score exemplars (false when making them failed). */
    record QuestionEntry(String key, String task, String environment, String question, String answer,
                         String agentError, Double score, Double spread, boolean exemplars,
                         List<VerdictEntry> verdicts, MeasuredEntry measured, List<ContextTurn> context,
                         String conversation, Integer turn) {
    }

    /** What a judge-free task's question measured; {@code null} in {@link QuestionEntry} for a rubric task's. */
    record MeasuredEntry(String status, Double value, Boolean exactMatch, String chosen, String detail,
                         String reference, List<String> options, String answerKey) {
    }

    record VerdictEntry(String judge, String kind, Integer score, String reasoning, String error, String raw) {
    }

    record JudgeEntry(String id, int verdicts, int scored, int unparseable, int errors, Double meanScore) {
    }

    record AgreementEntry(int judges, AlphaEntry overall, Map<String, Map<String, AlphaEntry>> personas) {
    }

    record AlphaEntry(Double intervalAlpha, Double ordinalAlpha, Double meanSpread, int pairableItems) {
    }

    record UsageEntry(long calls, long promptTokens, long completionTokens, long replays,
                      Map<String, ModelUsage> byModel) {
    }

    record ModelUsage(long calls, long promptTokens, long completionTokens, long replays) {
    }

    /** The judges the run was configured with, where each came from, and what a user should know about them. */
    record JudgesInForceEntry(List<JudgeInForce> judges, List<String> errors, List<String> notes) {
    }

    /** {@code source}: a {@link io.github.personagym.config.ConfigSource#id()}; {@code origin}: the same in words. */
    record JudgeInForce(String spec, String source, String origin) {
    }

    /** {@code metricTolerance}: the tolerance of judge-free metrics; null in reports written before it. */
    record BaselineEntry(String file, double tolerance, Double metricTolerance, boolean updated,
                         Map<String, BaselinePersona> personas) {
    }

    record BaselinePersona(String status, String message, Map<String, ScoreDelta> scores,
                           List<AnswerChange> changedAnswers) {
    }

    record ScoreDelta(Double baseline, Double current, Double delta, List<Double> currentCi, String change) {
    }

    record AnswerChange(String key, String task, Double baseline, Double current, Double delta) {
    }

    /** A persona's mutants; {@code null} in {@link PersonaEntry} when they were off. */
    record MutantsEntry(boolean required, int questionsPerTask, int answersJudged, int judgeCalls, int agentCalls,
                        boolean passed, String summary, List<MutantKindEntry> kinds) {
    }

    record MutantKindEntry(String kind, String description, String status, Double score, List<Double> ci,
                           int scored, int unscored, String reason, List<String> notes,
                           List<MutantAnswerEntry> answers) {
    }

    record MutantAnswerEntry(String key, String task, String answer, Double score, String error) {
    }
}
