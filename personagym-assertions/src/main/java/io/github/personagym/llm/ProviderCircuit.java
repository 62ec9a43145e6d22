package io.github.personagym.llm;

import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.Durations;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether one provider can still be called in this run: a circuit breaker. It opens, for the rest of the run,
 * after {@code failuresToOpen} attempts in a row could not connect (any reply, even an error, starts the
 * count again), or when the provider asks for a longer wait than the run waits. Once open, every call to the
 * provider fails at once with the one message that says why, so a run against a dead endpoint ends in
 * seconds and a provider out of quota for a day does not hold the run for hours.
 */
final class ProviderCircuit {

    private final String provider;
    private final String endpoint;
    private final String endpointSetting;
    private final int failuresToOpen;
    private int failuresInARow;
    private volatile Optional<String> open = Optional.empty();

    /**
     * @param endpoint        where the provider is called, e.g. its base URL
     * @param endpointSetting what sets the endpoint, e.g. {@code personagym.openai.base-url (or OPENAI_BASE_URL)}
     */
    ProviderCircuit(String provider, String endpoint, String endpointSetting, int failuresToOpen) {
        if (failuresToOpen < 1) {
            throw new IllegalArgumentException("A circuit needs failuresToOpen ≥ 1, got " + failuresToOpen);
        }
        this.provider = provider;
        this.endpoint = endpoint;
        this.endpointSetting = endpointSetting;
        this.failuresToOpen = failuresToOpen;
    }

    /** Throws the circuit's {@link ProviderUnavailableException} when it is open. */
    void check() {
        Optional<String> reason = open;
        if (reason.isPresent()) {
            throw new ProviderUnavailableException(provider, reason.get());
        }
    }

    /** The server replied (with anything): the endpoint is alive. */
    synchronized void reached() {
        failuresInARow = 0;
    }

    /** An attempt could not connect, as {@code description} says; the last one allowed opens the circuit. */
    synchronized void connectionFailed(String description) {
        failuresInARow++;
        if (failuresInARow >= failuresToOpen) {
            open(provider + " cannot be reached at " + endpoint + ": " + failuresInARow + " attempts in a row could"
                    + " not connect (the last: " + description + "), so the remaining calls to " + provider
                    + " fail at once. Check that " + endpoint + " is up and reachable from this machine (network,"
                    + " proxy, firewall)" + (endpointSetting.isEmpty() ? "" : ", or set " + endpointSetting
                    + " to the right base URL") + ".");
        }
    }

    /** The provider asked, in {@code header}, for a wait of {@code asked}, longer than the run's {@code cap}. */
    synchronized void askedTooLongAWait(Duration asked, String status, String header, Duration cap) {
        open(provider + " asked to wait " + seconds(asked) + " before the next call (" + status + " with " + header
                + "), longer than a run waits (" + Durations.human(cap) + ", " + ConfigKeys.RETRY_MAX_WAIT
                + "), so the remaining calls to " + provider + " fail at once. Raise " + ConfigKeys.RETRY_MAX_WAIT
                + " above the asked wait to wait it out, or run again later.");
    }

    /** Why the circuit is open, if it is. */
    Optional<String> outage() {
        return open;
    }

    private void open(String message) {
        if (open.isEmpty()) {
            open = Optional.of(message);
        }
    }

    private static String seconds(Duration wait) {
        String exact = wait.toMillis() % 1000 == 0 ? wait.getSeconds() + " s"
                : String.format(Locale.ROOT, "%.3f s", wait.toMillis() / 1000.0);
        double hours = wait.getSeconds() / 3600.0;
        if (hours >= 1) {
            return exact + String.format(Locale.ROOT, " (%.1f hours)", hours);
        }
        return wait.getSeconds() >= 60 ? exact + " (" + Durations.human(wait) + ")" : exact;
    }
}
