package io.github.personagym.mutants;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The broken agents derived from the agent under test, in the order reports list them. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum MutantKind {

    /** Another persona of the run answers the question (or, alone in the run, a fixed off-persona voice). */
    SWAPPED("swapped", "another persona's answer to the same question"),
    /** The agent's answer behind an AI disclaimer ("As an AI language model, …"). */
    DISCLAIMER("disclaimer", "the agent's answer behind an AI disclaimer"),
    /** The agent's answer cut to its first word. */
    ONE_WORD("one-word", "the agent's answer cut to one word"),
    /** The agent's answer cut to its first sentence. */
    ONE_SENTENCE("one-sentence", "the agent's answer cut to its first sentence"),
    /** The agent's answer with an insult appended. */
    INSULT("insult", "the agent's answer with an insult appended"),
    /** A generic helpful-assistant answer instead of the agent's. */
    GENERIC("generic", "a generic helpful-assistant answer instead of the agent's");

    private final String id;
    private final String description;

    MutantKind(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The name reports use, e.g. {@code one-word}. */
    public String id() {
        return id;
    }

    /** What the mutant answers, in a few words. */
    public String description() {
        return description;
    }

    /** The kind with this id, ignoring case. */
    public static Optional<MutantKind> byId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.id.equals(wanted)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
