package io.github.personagym.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.github.personagym.Persona;
import io.github.personagym.evaluation.EvaluationResult;
import io.github.personagym.evaluation.ProgressListener;
import io.github.personagym.llm.Redaction;
import io.github.personagym.llm.UsageMeter;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Progress lines a person can follow in a CI log: one when a persona starts, one when every answer is in,
 * one when it is done, and in between at most one every few seconds, whatever the number of calls. Each
 * line says what is being done, an estimate of the time left and the model calls and tokens so far.
 */
@API(status = INTERNAL, since = "0.1")
public final class ConsoleProgress implements ProgressListener {

    /** The shortest time between two status lines of one persona. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);
    private static final String PREFIX = "[personagym] ";
    /** Below this share of the work done, an estimate of the time left says more about start-up than the rate. */
    static final double ETA_AFTER = 0.2;

    private final Consumer<String> out;
    private final LongSupplier nanoClock;
    private final long intervalNanos;
    private final Supplier<Optional<UsageMeter.Usage>> usage;
    private final Function<String, Optional<UsageMeter.Usage>> ownUsage;
    private String id = "?";
    private int total;
    private int answered;
    private int judged;
    private int exemplarBatches;
    private long startedAt;
    private long lastLineAt;
    private boolean answersAnnounced;

    ConsoleProgress(Consumer<String> out, LongSupplier nanoClock, Duration interval,
                    Supplier<Optional<UsageMeter.Usage>> usage) {
        this(out, nanoClock, interval, usage, personaId -> Optional.empty());
    }

    ConsoleProgress(Consumer<String> out, LongSupplier nanoClock, Duration interval,
                    Supplier<Optional<UsageMeter.Usage>> usage, Function<String, Optional<UsageMeter.Usage>> ownUsage) {
        this.out = Objects.requireNonNull(out, "out");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.intervalNanos = interval.toNanos();
        this.usage = Objects.requireNonNull(usage, "usage");
        this.ownUsage = Objects.requireNonNull(ownUsage, "ownUsage");
    }

    /**
     * Progress on {@code System.out}, each line through {@code redaction}, with the model calls made for the
     * persona and for the whole run so far, from the run's meter when it has one.
     */
    public static ConsoleProgress metered(Supplier<Optional<UsageMeter>> meter, Redaction redaction) {
        return new ConsoleProgress(line -> System.out.println(redaction.redact(line)), System::nanoTime,
                DEFAULT_INTERVAL, () -> meter.get().map(UsageMeter::total),
                personaId -> meter.get().map(m -> m.ofPersona(personaId)));
    }

    /**
     * Progress on {@code System.out}, each line through {@code redaction}; {@code usage} gives the model usage so
     * far, when it is metered.
     */
    public static ConsoleProgress toSystemOut(Supplier<Optional<UsageMeter.Usage>> usage, Redaction redaction) {
        return new ConsoleProgress(line -> System.out.println(redaction.redact(line)), System::nanoTime,
                DEFAULT_INTERVAL, usage);
    }

    @Override
    public synchronized void started(Persona persona, int questions) {
        id = persona.id();
        total = questions;
        startedAt = nanoClock.getAsLong();
        print(id + ": evaluating " + questions + " questions" + usageText());
    }

    @Override
    public synchronized void answered(int done, int of) {
        answered = Math.max(answered, done);
        if (answered == total && !answersAnnounced) {
            answersAnnounced = true;
            print(status("all answers in"));
        } else {
            maybePrint();
        }
    }

    @Override
    public synchronized void exemplarsMade(String task, int made, int asked) {
        exemplarBatches++;
        maybePrint();
    }

    @Override
    public synchronized void exemplarsFailed(String task, String problem) {
        print(id + ": no exemplars for a batch of " + task + " (judged without them): " + problem);
    }

    @Override
    public synchronized void judged(int done, int of) {
        judged = Math.max(judged, done);
        maybePrint();
    }

    @Override
    public synchronized void finished(EvaluationResult result) {
        var score = result.score().value();
        print(id + ": done in " + clock(nanoClock.getAsLong() - startedAt) + ", PersonaScore "
                + (score.isPresent() ? String.format(Locale.ROOT, "%.2f", score.getAsDouble()) : "n/a")
                + ", " + result.failures().size() + " unscored" + usageText());
    }

    private void maybePrint() {
        if (nanoClock.getAsLong() - lastLineAt >= intervalNanos) {
            print(status(answered < total ? "answering" : "judging"));
        }
    }

    private String status(String step) {
        var text = new StringBuilder(id).append(": ").append(step)
                .append(" \u00b7 answered ").append(answered).append('/').append(total)
                .append(" \u00b7 judged ").append(judged).append('/').append(total);
        if (exemplarBatches > 0) {
            text.append(" \u00b7 exemplars ").append(exemplarBatches).append(exemplarBatches == 1 ? " batch" : " batches");
        }
        return text.append(eta()).append(usageText()).toString();
    }

    private String eta() {
        double done = total == 0 ? 1 : (answered + judged) / (2.0 * total);
        if (done < ETA_AFTER || done >= 1) {
            return "";
        }
        long elapsed = nanoClock.getAsLong() - startedAt;
        return " \u00b7 ETA " + clock((long) (elapsed * (1 - done) / done));
    }

    private String usageText() {
        Optional<UsageMeter.Usage> run = usage.get();
        if (run.isEmpty()) {
            return "";
        }
        if (run.get().calls() == 0 && run.get().replays() == 0) {
            return " \u00b7 no model calls in the run";
        }
        // this persona's own calls when the meter tells them apart; the run's, said to be the run's, always
        String own = ownUsage.apply(id).map(u -> " \u00b7 " + id + ": " + counts(u)).orElse("");
        return own + " \u00b7 run so far: " + counts(run.get());
    }

    private static String counts(UsageMeter.Usage u) {
        return u.calls() + (u.calls() == 1 ? " model call, " : " model calls, ") + tokens(u.totalTokens()) + " tokens"
                + (u.replays() > 0 ? ", " + u.replays() + " replayed" : "");
    }

    private void print(String line) {
        lastLineAt = nanoClock.getAsLong();
        out.accept(PREFIX + line);
    }

    static String clock(long nanos) {
        long seconds = Math.max(0, Duration.ofNanos(nanos).toSeconds());
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    static String tokens(long tokens) {
        return tokens < 10_000 ? Long.toString(tokens) : String.format(Locale.ROOT, "%.1fk", tokens / 1000.0);
    }
}
