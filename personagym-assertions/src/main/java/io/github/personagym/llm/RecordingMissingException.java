package io.github.personagym.llm;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.config.ConfigKeys;

/**
 * A model exchange was to be replayed but is not recorded. The message names the model, the request and
 * the way to record it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RecordingMissingException extends RuntimeException {

    private static final int SHOWN_CHARACTERS = 80;

    private final String spec;
    private final String key;

    RecordingMissingException(String spec, String key, String lastUserText, RecordingStore store, String why) {
        super("No recording of this " + spec + " exchange (" + why + "). Request key " + key
                + ", last user message: \"" + shorten(lastUserText) + "\". Looked in " + store.pathOf(key)
                + ". To record what is missing, run once with a provider configured for " + spec + " and -D"
                + ConfigKeys.MODE + "=auto (the default: it replays what is recorded and records only the rest; "
                + "see docs/configuration.md), then commit " + store.directory() + ".");
        this.spec = spec;
        this.key = key;
    }

    public String spec() {
        return spec;
    }

    /** The request's key: its recording would be stored under this name. */
    public String key() {
        return key;
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= SHOWN_CHARACTERS ? oneLine : oneLine.substring(0, SHOWN_CHARACTERS) + "…";
    }
}
