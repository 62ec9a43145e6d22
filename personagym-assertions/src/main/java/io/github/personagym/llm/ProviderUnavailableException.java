package io.github.personagym.llm;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A provider is out of reach for the rest of the run, so the call was not made: its endpoint refused
 * connections several times in a row, or it asked for a longer wait than the run waits. Every call to that
 * provider fails with the same message, which names the provider, why, and what to do. Judges turn it into an
 * error verdict, so the question stays unscored and its test fails with this message.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ProviderUnavailableException extends RuntimeException {

    private final String provider;

    ProviderUnavailableException(String provider, String message) {
        super(message);
        this.provider = provider;
    }

    /** The provider, e.g. {@code openai}, or {@code custom:<label>} for a model passed to {@link ModelAccess#wrap}. */
    public String provider() {
        return provider;
    }
}
