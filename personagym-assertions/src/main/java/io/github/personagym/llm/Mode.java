package io.github.personagym.llm;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.Configuration;
import java.util.Arrays;
import java.util.Locale;

/** How model calls meet the recordings folder ({@code personagym.mode}). */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Mode {
    /** Replay what is recorded, call a configured provider for the rest and record it. The default. */
    AUTO,
    /** Call models; read and write no recordings. */
    LIVE,
    /** Call models and record every exchange. */
    RECORD,
    /** Only read recordings; a missing one is an error. */
    REPLAY,
    /** The offline judge and recordings only; no provider is called. */
    OFFLINE;

    public static Mode parse(String value) {
        String wanted = value.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(mode -> mode.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Configuration key " + ConfigKeys.MODE
                        + " must be auto, live, record, replay or offline, got '" + value + "'"));
    }

    public static Mode from(Configuration configuration) {
        return configuration.get(ConfigKeys.MODE).map(Mode::parse).orElse(AUTO);
    }

    /** Whether this mode may call a provider at all. */
    public boolean callsProviders() {
        return this == AUTO || this == LIVE || this == RECORD;
    }
}
