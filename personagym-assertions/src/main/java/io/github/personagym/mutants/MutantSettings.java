package io.github.personagym.mutants;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.Configuration;

/**
 * Whether mutants are judged, on how many questions, and whether a surviving one fails the build.
 *
 * @param enabled          {@value ConfigKeys#MUTANTS}
 * @param questionsPerTask {@value ConfigKeys#MUTANTS_QUESTIONS}: questions per task each mutant kind is judged on
 * @param required         {@value ConfigKeys#MUTANTS_REQUIRED}: a surviving mutant fails the persona's check
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MutantSettings(boolean enabled, int questionsPerTask, boolean required) {

    /** No mutants. */
    public static final MutantSettings OFF = new MutantSettings(false, ConfigKeys.DEFAULT_MUTANTS_QUESTIONS, false);

    public MutantSettings {
        if (questionsPerTask < 1) {
            throw new IllegalArgumentException(ConfigKeys.MUTANTS_QUESTIONS + " must be at least 1, got "
                    + questionsPerTask);
        }
    }

    /** Reads the three {@code personagym.mutants} keys. */
    public static MutantSettings from(Configuration configuration) {
        return new MutantSettings(configuration.getBoolean(ConfigKeys.MUTANTS, false),
                configuration.getInt(ConfigKeys.MUTANTS_QUESTIONS, ConfigKeys.DEFAULT_MUTANTS_QUESTIONS),
                configuration.getBoolean(ConfigKeys.MUTANTS_REQUIRED, false));
    }
}
