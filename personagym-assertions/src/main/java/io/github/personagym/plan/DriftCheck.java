package io.github.personagym.plan;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.Configuration;
import io.github.personagym.score.ConversationScore;
import io.github.personagym.score.ConversationScore.Drift;
import io.github.personagym.score.ScoreText;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * "{@code <task> drift ≥ −d}" of a conversation task: fails when the task's late turns score more than {@code maxDrop}
 * below its early turns. A drift that cannot be figured (no scored answer among the early or the late turns) is no
 * pass and no fail: the check is aborted and says why.
 *
 * @param task    the conversation task
 * @param maxDrop the largest fall allowed, in rubric points ({@value ConfigKeys#DRIFT_DROP})
 */
@API(status = INTERNAL, since = "0.1")
public record DriftCheck(String task, double maxDrop) implements Check {

    public DriftCheck {
        Objects.requireNonNull(task, "task");
    }

    /** The check's name in the test tree, after the persona's path: {@code Long Voyage drift ≥ −1.00}. */
    public static String name(String task, double maxDrop) {
        return task + " drift \u2265 " + ScoreText.bound(lowest(maxDrop));
    }

    /** Reads {@value ConfigKeys#DRIFT_DROP}: a number of rubric points from 0 to 4. */
    public static double maxDrop(Configuration configuration) {
        double drop = configuration.getDouble(ConfigKeys.DRIFT_DROP, ConfigKeys.DEFAULT_DRIFT_DROP);
        if (Double.isNaN(drop) || drop < 0 || drop > 4) {
            throw new IllegalArgumentException(ConfigKeys.DRIFT_DROP + " is the largest fall of a conversation task's"
                    + " score allowed from its early to its late turns, in rubric points from 0 to 4 (e.g. 0.5), not "
                    + drop);
        }
        return drop;
    }

    @Override
    public CheckOutcome evaluate(CheckInput input) {
        String subject = "the drift of task " + task + " of <" + input.personaId() + ">";
        Optional<ConversationScore> conversation = input.conversation(task);
        if (conversation.isEmpty()) {
            return CheckOutcome.failed("Expecting " + subject + " but the task has no conversation in the suite: write"
                    + " one ('turns' under a question of the task, docs/suites.md).");
        }
        Drift drift = conversation.get().drift();
        String windows = "late turns " + Drift.range(drift.late()) + " minus early turns " + Drift.range(drift.early());
        if (drift.value().isEmpty()) {
            return new CheckOutcome(CheckOutcome.Status.ABORTED, "No drift figure for task " + task + " of <"
                    + input.personaId() + "> (" + windows + "): " + drift.why().orElse("") + ". A missing figure is"
                    + " never read as 0; with the offline judge, which abstains on answers it cannot tell, set "
                    + ConfigKeys.JUDGES + " to an LLM judge to score every turn.", Map.of(), Optional.empty());
        }
        double value = drift.value().getAsDouble();
        double min = lowest(maxDrop);
        Map<String, String> entries = Map.of(task + " drift", ScoreText.against(value, min));
        if (value >= min) {
            return CheckOutcome.passed(entries);
        }
        return CheckOutcome.failed("Expecting " + subject + " (" + windows + ") to be at least " + ScoreText.bound(min)
                + " but was " + ScoreText.against(value, min) + drift.ci().map(ci -> " (95% CI " + ci + ")").orElse("")
                + ": the persona fades as the conversation goes on. Turn scores: " + turns(conversation.get())
                + ". To allow a larger fall, raise " + ConfigKeys.DRIFT_DROP + " (now " + ScoreText.bound(maxDrop)
                + ").", entries).missing("\u2265 " + ScoreText.bound(min), value);
    }

    private static double lowest(double maxDrop) {
        return maxDrop == 0 ? 0 : -maxDrop;
    }

    private static String turns(ConversationScore conversation) {
        return conversation.turns().stream()
                .map(t -> t.turn() + ": " + (t.score().isPresent() ? ScoreText.of(t.score().getAsDouble()) : "unscored"))
                .collect(Collectors.joining(", "));
    }
}
